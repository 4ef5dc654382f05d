package cn.jining.credithub.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.gateway.HubTestSupport;
import cn.jining.credithub.gateway.console.ConsoleAccounts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code audit verify} while the hub runs and holds its H2 file: through the admin API when the hub answers and
 * the operator's password is set; straight from the database otherwise, saying so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditVerifyThroughHubTest extends HubTestSupport {

    @Value("${credithub.data-dir}")
    String dataDir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
        ConsoleAccounts.register(registry);
    }

    @Test
    void verifyAsksTheRunningHubAndFallsBackToTheDatabaseWhenNoHubAnswers() {
        assertThat(submit("jn-amr", "audit-cli-1", List.of(SampleRecords.penaltyRecord("AUDIT-CLI-1", 9501)))
                .statusCode()).isEqualTo(200);

        assertThat(verify(Map.of("CREDITHUB_OPERATOR_PASSWORD", ConsoleAccounts.OPERATOR_PASSWORD)))
                .as(err.toString(StandardCharsets.UTF_8)).isEqualTo(AuditCli.INTACT);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("audit trail intact: ");

        // No hub at the URL: said so, then the database is read directly (this test hub's H2 file allows it).
        verify(Map.of("CREDITHUB_OPERATOR_PASSWORD", "x", "CREDITHUB_HUB_URL", "http://127.0.0.1:" + freePort()));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot reach the hub at http://127.0.0.1:")
                .contains("reading the database instead").doesNotContain("\tat ");
    }

    @Test
    void aViewerCannotRunTheVerification() {
        assertThat(verify(Map.of("CREDITHUB_OPERATOR_USER", "viewer",
                "CREDITHUB_OPERATOR_PASSWORD", ConsoleAccounts.VIEWER_PASSWORD))).isEqualTo(AuditCli.ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("refused (403)");
    }

    private int verify(Map<String, String> env) {
        out.reset();
        err.reset();
        Map<String, String> all = new HashMap<>(env);
        all.putIfAbsent("CREDITHUB_HUB_URL", "http://127.0.0.1:" + port);
        all.put("CREDITHUB_DATA_DIR", dataDir);
        return AuditCli.run(new String[] {"verify"}, all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
