package cn.jining.credithub.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.exchange.Receipt;
import cn.jining.credithub.contracts.exchange.RecordOutcome;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.validation.Violation;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Claiming a bureau's staging table on the three databases it may live on: new rows only, once, answered row
 * by row; an unanswered claim gives its rows back; two pollers at once never take the same row.
 */
class JdbcStagingTableTest {

    private static final List<String> COLUMNS = List.of("subjectName", "fineAmount");

    @ParameterizedTest
    @EnumSource(StagingDatabase.class)
    void claimsNewRowsAsOneSubmissionAndWritesEachOutcomeBack(StagingDatabase database) throws SQLException {
        DataSource dataSource = database.open();
        String table = StagingDatabase.freshTable();
        database.createTable(dataSource, table, COLUMNS, 30);
        insert(database, dataSource, table, "r1", "'NEW'");
        insert(database, dataSource, table, "r2", "NULL");
        insert(database, dataSource, table, "r3", "'ACCEPTED'");
        JdbcStagingTable staging = new JdbcStagingTable(settings(table, 10), dataSource);

        StagingClaim claim = staging.claim();
        List<SubmittedRecord> records = claim.submission().records();
        assertThat(records).extracting(SubmittedRecord::recordId).containsExactly("r1", "r2");
        assertThat(records.get(0).category()).isEqualTo("ADMIN_PENALTY");
        assertThat(records.get(0).data().get("subjectName").asText()).isEqualTo("济宁示例企业r1");
        assertThat(records.get(0).data().get("fineAmount").asText()).isEqualTo("100");
        assertThat(records.get(0).data().size()).as("id, status and reason are no data").isEqualTo(2);
        assertThat(claim.submission().batchId()).isEqualTo(table + "#r1");

        claim.answer(Receipt.of("jn-db", claim.submission().batchId(), Instant.now(), List.of(
                RecordOutcome.accepted(0, "r1", "f1"),
                RecordOutcome.rejected(1, "r2", List.of(violation("uscc", "USCC_CHECKSUM"),
                        violation("decisionNumber", "REQUIRED"))))));

        Map<String, String[]> rows = rows(dataSource, table);
        assertThat(rows.get("r1")).containsExactly("ACCEPTED", null);
        // Cut to the column's 30 characters.
        assertThat(rows.get("r2")).containsExactly("REJECTED", "USCC_CHECKSUM:uscc; REQUIRED:d");
        assertThat(rows.get("r3")).containsExactly("ACCEPTED", null);
        assertThat(staging.claim().isEmpty()).isTrue();
        StagingDatabase.execute(dataSource, "DROP TABLE " + table);
    }

    @ParameterizedTest
    @EnumSource(StagingDatabase.class)
    void anUnansweredClaimGivesItsRowsBack(StagingDatabase database) throws SQLException {
        DataSource dataSource = database.open();
        String table = StagingDatabase.freshTable();
        database.createTable(dataSource, table, COLUMNS, 200);
        insert(database, dataSource, table, "r1", "NULL");
        JdbcStagingTable staging = new JdbcStagingTable(settings(table, 10), dataSource);

        staging.claim().release(); // as when the broker is down: the intake failed, nothing is written back
        StagingClaim again = staging.claim();
        assertThat(again.submission().records()).extracting(SubmittedRecord::recordId).containsExactly("r1");
        again.release();
        assertThat(rows(dataSource, table).get("r1")).containsExactly(null, null);
        StagingDatabase.execute(dataSource, "DROP TABLE " + table);
    }

    /** H2 is left out: it applies LIMIT before skipping locked rows, so a second poller finds nothing (safe, not parallel). */
    @ParameterizedTest
    @EnumSource(value = StagingDatabase.class, names = {"POSTGRESQL", "MARIADB"})
    void twoPollersAtOnceNeverTakeTheSameRow(StagingDatabase database) throws Exception {
        DataSource dataSource = database.open();
        String table = StagingDatabase.freshTable();
        database.createTable(dataSource, table, COLUMNS, 200);
        for (int i = 0; i < 40; i++) {
            insert(database, dataSource, table, String.format("r%02d", i), "NULL");
        }
        JdbcStagingTable staging = new JdbcStagingTable(settings(table, 5), dataSource);
        // Both hold their first claim open at the same time: the second must skip the first's rows, not wait.
        CyclicBarrier bothClaimed = new CyclicBarrier(2);
        CompletableFuture<List<String>> a = CompletableFuture.supplyAsync(() -> drain(staging, bothClaimed));
        CompletableFuture<List<String>> b = CompletableFuture.supplyAsync(() -> drain(staging, bothClaimed));
        List<String> takenByA = a.get(60, TimeUnit.SECONDS);
        List<String> takenByB = b.get(60, TimeUnit.SECONDS);

        List<String> all = new ArrayList<>(takenByA);
        all.addAll(takenByB);
        assertThat(all).hasSize(40).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 40).mapToObj(i -> String.format("r%02d", i)).toList());
        assertThat(takenByA).hasSizeGreaterThanOrEqualTo(5);
        assertThat(takenByB).hasSizeGreaterThanOrEqualTo(5);
        assertThat(rows(dataSource, table).values()).allSatisfy(row -> assertThat(row[0]).isEqualTo("ACCEPTED"));
        StagingDatabase.execute(dataSource, "DROP TABLE " + table);
    }

    /** Claims and answers until nothing is new; the first claim waits at the barrier with its rows locked. */
    private static List<String> drain(JdbcStagingTable staging, CyclicBarrier bothClaimed) {
        List<String> taken = new ArrayList<>();
        try {
            boolean first = true;
            for (StagingClaim claim = staging.claim(); !claim.isEmpty(); claim = staging.claim()) {
                if (first) {
                    bothClaimed.await(30, TimeUnit.SECONDS);
                    first = false;
                }
                List<RecordOutcome> outcomes = new ArrayList<>();
                List<SubmittedRecord> records = claim.submission().records();
                for (int i = 0; i < records.size(); i++) {
                    taken.add(records.get(i).recordId());
                    outcomes.add(RecordOutcome.accepted(i, records.get(i).recordId(), "f"));
                }
                claim.answer(Receipt.of("jn-db", claim.submission().batchId(), Instant.now(), outcomes));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return taken;
    }

    private static JdbcStagingSettings settings(String table, int batchSize) {
        return new JdbcStagingSettings("jn-db", table, "id", "status", "reason", "ADMIN_PENALTY", batchSize);
    }

    private static Violation violation(String field, String rule) {
        return new Violation(field, rule, null, field + " " + rule, field + " " + rule);
    }

    private static void insert(StagingDatabase database, DataSource dataSource, String table, String id, String status)
            throws SQLException {
        StagingDatabase.execute(dataSource, "INSERT INTO " + table + " (id, status, " + database.quote("subjectName")
                + ", " + database.quote("fineAmount") + ") VALUES ('" + id + "', " + status + ", '济宁示例企业" + id
                + "', '100')");
    }

    /** id to {status, reason}. */
    private static Map<String, String[]> rows(DataSource dataSource, String table) throws SQLException {
        Map<String, String[]> rows = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT id, status, reason FROM " + table)) {
            while (result.next()) {
                rows.put(result.getString(1), new String[] {result.getString(2), result.getString(3)});
            }
        }
        return rows;
    }
}
