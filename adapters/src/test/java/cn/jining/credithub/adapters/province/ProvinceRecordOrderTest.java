package cn.jining.credithub.adapters.province;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.sample.SampleRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The province link's per-record order on a real (H2) database with the hub's migrations. */
class ProvinceRecordOrderTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private ProvinceRecordOrder order;

    @BeforeEach
    void database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:order-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        order = new ProvinceRecordOrder(dataSource);
    }

    @Test
    void aVersionAcceptedBeforeOneTheProvinceAcknowledgedIsNotSentAfterIt() {
        AcceptedBatch original = batch("B-1", 1, record("P-1", 1), record("P-2", 2));
        AcceptedBatch correction = batch("B-2", 2, record("P-1", 11));
        assertThat(order.superseded(original)).isEmpty();

        // The correction reached the province first (the original was redelivered or replayed later).
        order.acknowledged("src", correction.stamp(), correction.records());

        assertThat(order.superseded(original)).extracting(AcceptedRecord::recordId).containsExactly("P-1");
        assertThat(order.superseded(correction)).as("the acknowledged version itself again").isEmpty();
        // Acknowledging the older one again (a re-send) never moves the newest stamp back.
        order.acknowledged("src", original.stamp(), original.records());
        assertThat(order.superseded(original)).extracting(AcceptedRecord::recordId).containsExactly("P-1");
        AcceptedBatch later = batch("B-3", 3, record("P-1", 21), record("P-2", 22));
        assertThat(order.superseded(later)).isEmpty();
    }

    private static AcceptedBatch batch(String batchId, int second, AcceptedRecord... records) {
        return new AcceptedBatch("src", batchId, T0.plusSeconds(second), second, List.of(records));
    }

    private static AcceptedRecord record(String recordId, int fine) {
        ObjectNode data = SampleRecords.penalty(1).put("fineAmount", fine);
        return new AcceptedRecord("ADMIN_PENALTY", recordId, Fingerprint.of("ADMIN_PENALTY", data), "LEGAL_PERSON",
                data.get("uscc").asText(), data, data);
    }
}
