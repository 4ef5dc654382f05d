package cn.jining.credithub.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.gateway.HubTestSupport;
import cn.jining.credithub.gateway.cli.args.CommandRunner;
import cn.jining.credithub.gateway.console.ConsoleAccounts;
import cn.jining.credithub.repository.CreditRecordStore;
import cn.jining.credithub.repository.audit.AuditVerifier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code dead-letters} command against a running hub over real HTTP: three batches dead-lettered while the
 * repository cannot write; the command lists them, replays one, discards one, replays the rest; each action is
 * an ADMIN entry in the audit trail naming the operator and the batch; wrong credentials and ids are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeadLettersCliTest extends HubTestSupport {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CreditRecordStore store;
    @Autowired
    DeadLetterAdmin admin;
    @Autowired
    AuditVerifier verifier;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
        ConsoleAccounts.register(registry);
        registry.add("credithub.broker.config", () -> "classpath:broker-fast-redelivery.xml");
        registry.add("credithub.broker.max-delivery-attempts", () -> "3");
    }

    @Test
    void listReplayDiscardAndReplayAllAreDoneAndAudited() throws Exception {
        jdbc.execute("ALTER TABLE credit_record RENAME TO credit_record_parked");
        try {
            for (String batch : List.of("cli-one", "cli-drop", "cli-rest")) {
                assertThat(submit("jn-eco", batch, List.of(SampleRecords.penaltyRecord(batch.toUpperCase(), 9400 + batch.length())))
                        .statusCode()).isEqualTo(200);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> admin.list().size() == 3);
        } finally {
            jdbc.execute("ALTER TABLE credit_record_parked RENAME TO credit_record");
        }
        Map<String, Long> ids = new HashMap<>();
        admin.list().forEach(letter -> ids.put(letter.batchId(), letter.messageId()));

        assertThat(cli("list")).isZero();
        assertThat(output()).startsWith("3 dead letter(s)").contains("batch=cli-one", "batch=cli-drop", "batch=cli-rest")
                .contains("DLQ.credit.accepted.repository");
        assertThat(cli("show", String.valueOf(ids.get("cli-drop")))).isZero();
        assertThat(output()).contains("\"CreditHubFailureReason\"");

        assertThat(cli("replay", String.valueOf(ids.get("cli-one")))).isZero();
        assertThat(output()).contains("replayed 1");
        assertThat(cli("discard", String.valueOf(ids.get("cli-drop")))).isZero();
        assertThat(output()).contains("discarded 1");
        assertThat(cli("replay", "--all")).isZero();
        assertThat(output()).contains("replayed 1");

        await().atMost(Duration.ofSeconds(30)).until(() -> store.countBySource("jn-eco") == 2);
        assertThat(admin.list()).isEmpty();
        assertThat(store.find("ADMIN_PENALTY", "jn-eco", "CLI-DROP")).isEmpty();

        List<Map<String, Object>> audit = jdbc.queryForList("SELECT source_id, batch_id, destination, detail "
                + "FROM audit_entry WHERE kind = 'ADMIN' ORDER BY seq");
        assertThat(audit).extracting(row -> row.get("batch_id")).containsExactly("cli-one", "cli-drop", "cli-rest");
        assertThat(audit).allSatisfy(row -> {
            assertThat(row.get("source_id")).isEqualTo("jn-eco");
            assertThat(row.get("destination")).isEqualTo("credit.accepted.repository");
            assertThat((String) row.get("detail")).contains("\"operator\":\"operator\"");
        });
        assertThat((String) audit.get(1).get("detail")).contains("\"action\":\"discard\"");
        assertThat((String) audit.get(2).get("detail")).contains("\"action\":\"replay\"");
        assertThat(verifier.verify().ok()).as("the chain with the ADMIN entries verifies").isTrue();
    }

    @Test
    void wrongPasswordsUnknownIdsAndBadArgumentsAreRefusedClearly() {
        assertThat(cli(Map.of("CREDITHUB_OPERATOR_PASSWORD", "not-it"), "list")).isEqualTo(DeadLettersCli.ERROR);
        assertThat(errors()).contains("refused (401)");
        assertThat(cli(Map.of("CREDITHUB_OPERATOR_PASSWORD", ConsoleAccounts.VIEWER_PASSWORD, "CREDITHUB_OPERATOR_USER",
                ConsoleAccounts.VIEWER), "list")).isEqualTo(DeadLettersCli.ERROR);
        assertThat(errors()).contains("refused (403)");
        assertThat(cli(Map.of(), "list")).isEqualTo(DeadLettersCli.ERROR);
        assertThat(errors()).contains("CREDITHUB_OPERATOR_PASSWORD");
        assertThat(cli("replay", "987654321")).isEqualTo(DeadLettersCli.NOT_FOUND);
        assertThat(errors()).contains("NOT_FOUND").contains("987654321");
        assertThat(cli("discard", "twelve")).isEqualTo(CommandRunner.USAGE);
        assertThat(errors()).contains("'twelve' is not a long").contains("Usage: dead-letters discard");
        assertThat(cli(Map.of("CREDITHUB_OPERATOR_PASSWORD", "x", "CREDITHUB_HUB_URL", "http://127.0.0.1:1"), "list"))
                .isEqualTo(DeadLettersCli.ERROR);
        assertThat(errors()).contains("cannot reach the hub");
    }

    private int cli(String... args) {
        return cli(Map.of("CREDITHUB_OPERATOR_PASSWORD", ConsoleAccounts.OPERATOR_PASSWORD), args);
    }

    private int cli(Map<String, String> env, String... args) {
        out.reset();
        err.reset();
        Map<String, String> withUrl = new HashMap<>(env);
        withUrl.putIfAbsent("CREDITHUB_HUB_URL", "http://127.0.0.1:" + port);
        return DeadLettersCli.run(args, withUrl, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
