package cn.jining.credithub.adapters.downward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.adapters.jdbc.StagingDatabase;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.sample.SampleRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Downward batches as rows of a bureau's table, on the three databases it may live on: one row per record with the
 * record's JSON intact, and a batch delivered again (a redelivery after a crash) adds nothing.
 */
class JdbcTableDeliveryTest {

    @ParameterizedTest
    @EnumSource(StagingDatabase.class)
    void writesOneRowPerRecordAndNothingTwice(StagingDatabase database) throws Exception {
        DataSource dataSource = database.open();
        String table = createTable(database, dataSource);
        JdbcTableDelivery delivery = new JdbcTableDelivery(dataSource, table);
        DownwardBatch batch = batch("SD-2026-0001", 3);

        delivery.deliver(batch);
        delivery.deliver(batch);
        delivery.deliver(batch("SD-2026-0002", 1));

        Map<String, String> rows = payloads(dataSource, table, "SD-2026-0001");
        assertThat(rows).containsOnlyKeys("D-0", "D-1", "D-2");
        AcceptedRecord stored = ContractsJson.mapper().readValue(rows.get("D-1"), AcceptedRecord.class);
        assertThat(stored).isEqualTo(batch.records().get(1));
        assertThat(stored.data().get("subjectName").asText()).isEqualTo("济宁示例企业8801有限公司");
        assertThat(payloads(dataSource, table, "SD-2026-0002")).containsOnlyKeys("D-0");
    }

    @ParameterizedTest
    @EnumSource(value = StagingDatabase.class, names = "H2")
    void aFailedBatchLeavesNoRowBehind(StagingDatabase database) throws Exception {
        DataSource dataSource = database.open();
        String table = createTable(database, dataSource);
        DownwardBatch batch = batch("SD-2026-0003", 2);
        // A subject code longer than the bureau's column: the second row fails, the first must not stay.
        AcceptedRecord tooLong = batch.records().get(1);
        DownwardBatch broken = new DownwardBatch(batch.origin(), batch.batchId(), batch.createdAt(), batch.receivedAt(),
                batch.merkleRoot(), batch.signerSubject(), batch.signerCertificateSm3(), List.of(batch.records().get(0),
                new AcceptedRecord(tooLong.category(), tooLong.recordId(), tooLong.fingerprint(),
                        tooLong.subjectCategory(), "X".repeat(100), tooLong.data(), null)));

        assertThatThrownBy(() -> new JdbcTableDelivery(dataSource, table).deliver(broken)).isInstanceOf(SQLException.class);

        assertThat(payloads(dataSource, table, "SD-2026-0003")).isEmpty();
    }

    private static String createTable(StagingDatabase database, DataSource dataSource) throws SQLException {
        String table = "downward_" + StagingDatabase.freshTable();
        String text = database == StagingDatabase.H2 ? "CLOB" : "TEXT";
        StagingDatabase.execute(dataSource, "CREATE TABLE " + table + " (batch_id VARCHAR(128) NOT NULL,"
                + " record_id VARCHAR(255) NOT NULL, category VARCHAR(64) NOT NULL, subject_code VARCHAR(64),"
                + " payload " + text + " NOT NULL, received_at TIMESTAMP NOT NULL, PRIMARY KEY (batch_id, record_id))"
                + (database == StagingDatabase.MARIADB ? " DEFAULT CHARSET=utf8mb4" : ""));
        return table;
    }

    private static DownwardBatch batch(String batchId, int count) {
        List<AcceptedRecord> records = IntStream.range(0, count).mapToObj(n -> {
            ObjectNode data = SampleRecords.penalty(8800 + n);
            return new AcceptedRecord("ADMIN_PENALTY", "D-" + n, Fingerprint.of("ADMIN_PENALTY", data),
                    data.get("subjectCategory").asText(), data.get("uscc").asText(), data, null);
        }).toList();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new DownwardBatch("shandong", batchId, now, now, "root", "CN=province", "sm3", records);
    }

    private static Map<String, String> payloads(DataSource dataSource, String table, String batchId) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT record_id, payload FROM " + table + " WHERE batch_id = ?")) {
            query.setString(1, batchId);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getString(1), result.getString(2));
                }
            }
        }
        return rows;
    }
}
