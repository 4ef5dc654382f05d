package cn.jining.credithub.repository;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.sample.SampleRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** A repository written before originals were kept takes the V2 migration with its rows intact. */
class OriginalPayloadMigrationTest {

    @Test
    void rowsWrittenBeforeV2HaveNoOriginalUntilTheirNextVersion() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:v2-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).target("1").load().migrate();
        ObjectNode data = SampleRecords.penalty(1);
        String fingerprint = Fingerprint.of("ADMIN_PENALTY", data);
        // Exactly as the V1 writer stored a row: no original_payload column yet.
        new JdbcTemplate(dataSource).update("""
                INSERT INTO credit_record (category, source_id, record_id, fingerprint, version, subject_category,
                                           subject_code, batch_id, payload, received_at, written_at)
                VALUES ('ADMIN_PENALTY', 'JN-SCJGJ', 'PEN-1', ?, 1, 'LEGAL_PERSON', ?, 'B-0', ?, CURRENT_TIMESTAMP,
                        CURRENT_TIMESTAMP)""", fingerprint, data.get("uscc").asText(), data.toString());

        // Up to V2 only: this test is about V2; later migrations (V3 audit trail) do not touch credit_record.
        assertThat(Flyway.configure().dataSource(dataSource).target("2").load().migrate().migrationsExecuted).isEqualTo(1);

        // The store itself needs the later migrations (V6 record history); they keep the V2 row as it is.
        Flyway.configure().dataSource(dataSource).load().migrate();
        CreditRecordStore store = new CreditRecordStore(dataSource);
        assertThat(store.find("ADMIN_PENALTY", "JN-SCJGJ", "PEN-1")).hasValueSatisfying(r -> {
            assertThat(r.payload()).isEqualTo(data.toString());
            assertThat(r.originalPayload()).isNull();
        });
        ObjectNode changed = data.deepCopy().put("remarks", "更正");
        ObjectNode submitted = changed.deepCopy().put("decisionDate", "2026/3/1");
        AcceptedRecord next = new AcceptedRecord("ADMIN_PENALTY", "PEN-1", Fingerprint.of("ADMIN_PENALTY", changed),
                "LEGAL_PERSON", changed.get("uscc").asText(), changed, submitted);
        // Accepted after the row was written (CURRENT_TIMESTAMP above), so it is the newer version.
        store.write(new AcceptedBatch("JN-SCJGJ", "B-1", Instant.now().plusSeconds(1), List.of(next)));
        assertThat(store.find("ADMIN_PENALTY", "JN-SCJGJ", "PEN-1")).hasValueSatisfying(r -> {
            assertThat(r.version()).isEqualTo(2);
            assertThat(r.originalPayload()).isEqualTo(submitted.toString());
        });
    }
}
