package cn.jining.credithub.gateway.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.adapters.jdbc.StagingDatabase;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.gateway.HubTestSupport;
import cn.jining.credithub.repository.CreditRecordStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opentest4j.TestAbortedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Three bureaus keep a staging table each, on H2, PostgreSQL and MariaDB, registered through properties
 * alone: the hub claims their new rows, valid ones reach the repository and end ACCEPTED, an invalid one ends
 * REJECTED with its rule and field, and rows already answered are left alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JdbcSourceEndToEndTest extends HubTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Map<StagingDatabase, String> TABLES = new EnumMap<>(StagingDatabase.class);
    private static final List<String> COLUMNS = columns();

    @Autowired
    CreditRecordStore store;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws SQLException {
        hubProperties(registry);
        int i = 0;
        for (StagingDatabase database : StagingDatabase.values()) {
            DataSource dataSource;
            try {
                dataSource = database.open();
            } catch (TestAbortedException unreachable) {
                continue; // its test is skipped with the reason; the other databases still run
            }
            String table = StagingDatabase.freshTable();
            database.createTable(dataSource, table, COLUMNS, 200);
            TABLES.put(database, table);
            source(registry, i++, database, table);
        }
    }

    /** A DB polling source as an operator adds one: a registry entry, no code. */
    private static void source(DynamicPropertyRegistry registry, int i, StagingDatabase database, String table) {
        String entry = "credithub.sources[" + i + "].";
        registry.add(entry + "id", () -> sourceId(database));
        registry.add(entry + "name", () -> "济宁市测试局" + database);
        registry.add(entry + "kind", () -> "bureau");
        registry.add(entry + "region", () -> "370800");
        registry.add(entry + "channel", () -> "jdbc");
        registry.add(entry + "categories[0]", () -> "ADMIN_PENALTY");
        String penalty = entry + "mapping[ADMIN_PENALTY].";
        registry.add(penalty + "pass-through", () -> "true");
        registry.add(penalty + "rules[0].from", () -> "处罚类别");
        registry.add(penalty + "rules[0].to", () -> "penaltyKinds");
        registry.add(penalty + "rules[0].convert", () -> "split:;；");
        String jdbc = entry + "jdbc.";
        registry.add(jdbc + "url", database::url);
        registry.add(jdbc + "username", database::username);
        registry.add(jdbc + "table", () -> table);
        registry.add(jdbc + "id-column", () -> "id");
        registry.add(jdbc + "category", () -> "ADMIN_PENALTY");
        registry.add(jdbc + "batch-size", () -> "2");
        registry.add(jdbc + "delay", () -> "300ms");
    }

    @ParameterizedTest
    @EnumSource(StagingDatabase.class)
    void newRowsAreAnsweredInTheTableAndValidOnesReachTheRepository(StagingDatabase database) throws Exception {
        DataSource dataSource = database.open();
        String table = TABLES.get(database);
        List<ObjectNode> rows = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            rows.add(SampleRecords.penalty(7300 + n));
        }
        rows.get(2).remove("decisionNumber");
        insert(database, dataSource, table, "done", "ACCEPTED", rows.get(0)); // answered before: left alone
        for (int n = 0; n < rows.size(); n++) {
            insert(database, dataSource, table, "D-" + n, n % 2 == 0 ? null : "NEW", rows.get(n));
        }

        await().atMost(PATIENCE).until(() -> statuses(dataSource, table).values().stream()
                .noneMatch(s -> s[0] == null || "NEW".equals(s[0])));
        Map<String, String[]> answered = statuses(dataSource, table);
        assertThat(answered.get("D-2")).containsExactly("REJECTED", "REQUIRED:decisionNumber");
        for (String id : List.of("D-0", "D-1", "D-3")) {
            assertThat(answered.get(id)).containsExactly("ACCEPTED", null);
            await().atMost(PATIENCE).until(() -> store.find("ADMIN_PENALTY", sourceId(database), id).isPresent());
            JsonNode stored = ContractsJson.mapper().readTree(
                    store.find("ADMIN_PENALTY", sourceId(database), id).orElseThrow().payload());
            assertThat(stored.get("subjectName").asText()).isEqualTo(rows.get(id.charAt(2) - '0').get("subjectName").asText());
            assertThat(stored.get("penaltyKinds").get(0).asText()).isEqualTo("罚款");
        }
        assertThat(store.find("ADMIN_PENALTY", sourceId(database), "D-2")).isEmpty();
        assertThat(store.find("ADMIN_PENALTY", sourceId(database), "done")).isEmpty();
        assertThat(answered.get("done")).containsExactly("ACCEPTED", null);
    }

    /**
     * A row whose id or text no destination can store is answered REJECTED with its rule, alone: its neighbours in
     * the same claim are accepted (the claim's batch id is built from the echoed id). Only what the staging
     * database itself can hold is tried there (PostgreSQL text holds no NUL; its driver writes a lone surrogate as '?').
     */
    @ParameterizedTest
    @EnumSource(StagingDatabase.class)
    void rowsNoDestinationCanStoreAreRejectedWithTheirRuleAlone(StagingDatabase database) throws Exception {
        DataSource dataSource = database.open();
        String table = TABLES.get(database);
        List<String> bad = new ArrayList<>(List.of("F-\uFFFF", "F-\u001B"));
        if (database != StagingDatabase.POSTGRESQL) {
            bad.add(0, "F-\u0000");
        }
        for (int n = 0; n < bad.size(); n++) {
            insert(database, dataSource, table, bad.get(n), null, SampleRecords.penalty(7320 + n));
        }
        ObjectNode badText = SampleRecords.penalty(7330);
        badText.put("subjectName", badText.get("subjectName").asText() + "\u0007");
        insert(database, dataSource, table, "F-text", null, badText);
        insert(database, dataSource, table, "F-ok", null, SampleRecords.penalty(7331));

        await().atMost(PATIENCE).until(() -> statuses(dataSource, table).entrySet().stream()
                .filter(e -> e.getKey().startsWith("F-")).noneMatch(e -> e.getValue()[0] == null));
        Map<String, String[]> answered = statuses(dataSource, table);
        for (String id : bad) {
            assertThat(answered.get(id)).as(id).containsExactly("REJECTED", "FORBIDDEN_CHARACTER:recordId");
        }
        assertThat(answered.get("F-text")).containsExactly("REJECTED", "FORBIDDEN_CHARACTER:subjectName");
        assertThat(answered.get("F-ok")).containsExactly("ACCEPTED", null);
        await().atMost(PATIENCE).until(() -> store.find("ADMIN_PENALTY", sourceId(database), "F-ok").isPresent());
    }

    private static String sourceId(StagingDatabase database) {
        return "jn-db-" + database.name().toLowerCase(Locale.ROOT);
    }

    /** The sample penalty's fields as columns, the kinds as one text column under the bureau's own name. */
    private static List<String> columns() {
        List<String> columns = new ArrayList<>();
        SampleRecords.penalty(0).fieldNames().forEachRemaining(f -> columns.add("penaltyKinds".equals(f) ? "处罚类别" : f));
        return columns;
    }

    private static void insert(StagingDatabase database, DataSource dataSource, String table, String id, String status,
                               ObjectNode row) throws SQLException {
        StringBuilder names = new StringBuilder("id, status");
        StringBuilder marks = new StringBuilder("?, ?");
        for (String column : COLUMNS) {
            names.append(", ").append(database.quote(column));
            marks.append(", ?");
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")")) {
            insert.setString(1, id);
            insert.setString(2, status);
            for (int c = 0; c < COLUMNS.size(); c++) {
                JsonNode value = row.get("处罚类别".equals(COLUMNS.get(c)) ? "penaltyKinds" : COLUMNS.get(c));
                insert.setString(c + 3, value == null ? null : value.isArray() ? value.get(0).asText() : value.asText());
            }
            insert.executeUpdate();
        }
    }

    /** id to {status, reason}. */
    private static Map<String, String[]> statuses(DataSource dataSource, String table) throws SQLException {
        Map<String, String[]> rows = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select =
                connection.prepareStatement("SELECT id, status, reason FROM " + table);
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.put(result.getString(1), new String[] {result.getString(2), result.getString(3)});
            }
        }
        return rows;
    }
}
