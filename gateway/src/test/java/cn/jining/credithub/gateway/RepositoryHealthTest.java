package cn.jining.credithub.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.gateway.console.ConsoleAccounts;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Readiness follows the repository database: the hub's repository is a real H2 server over TCP; stopped, the
 * {@code db} component and readiness go DOWN (liveness stays UP) and submissions are answered 503 within 2 s; started
 * again on the same port, both return and submissions are accepted, without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class RepositoryHealthTest extends HubTestSupport {

    private static Server database;
    private static int databasePort;
    private static Path databaseDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        hubProperties(registry);
        // Components show only to the operator (HealthVisibilityTest).
        ConsoleAccounts.register(registry);
        databaseDir = Files.createTempDirectory("credithub-h2-server");
        databasePort = freePort();
        database = start();
        registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://127.0.0.1:" + databasePort + "/credit");
        // A stopped database must answer the probe within its period, not after Hikari's default 30 s wait.
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1500");
    }

    @AfterAll
    static void stopDatabase() {
        database.stop();
    }

    @Test
    void readinessGoesDownWithTheDatabaseAndUpWhenItReturns() throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(json(get("/actuator/health")).at("/components/db/status").asText()).isEqualTo("UP");

        database.stop();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            HttpResponse<String> readiness = get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(json(readiness).at("/components/db/status").asText()).isEqualTo("DOWN");
            assertThat(json(readiness).at("/components/broker/status").asText()).isEqualTo("UP");
        });
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        database = start();
        // Probed at a probe's pace: Hikari re-validates a pooled connection only when it has been idle for
        // 500 ms, and H2 reports a dead server connection with a state Hikari does not take as fatal.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            HttpResponse<String> readiness = get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
        });
        assertThat(json(get("/actuator/health")).at("/components/db/status").asText()).isEqualTo("UP");
    }

    @Test
    void submissionsAreAnswered503WithinTwoSecondsWhileTheDatabaseIsDownAndAcceptedWhenItReturns() throws Exception {
        assertThat(submit(DEFAULT_SIGNER, "db-before", records("DB-0")).statusCode()).isEqualTo(200);

        database.stop();
        // The first meets the intake pool's bounded wait, the next ones the open circuit: each within the bound.
        for (int i = 1; i <= 3; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = submit(DEFAULT_SIGNER, "db-down-" + i, records("DB-" + i));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            assertThat(json(answer).get("error").asText()).isEqualTo("UNAVAILABLE");
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            assertThat(took).as("time to the 503").isLessThan(Duration.ofSeconds(2));
            LoggerFactory.getLogger(RepositoryHealthTest.class).info("database down: submission {} answered 503 in {} ms",
                    i, took.toMillis());
        }
        long start = System.nanoTime();
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to readiness").isLessThan(Duration.ofSeconds(1));
        assertThat(readiness.statusCode()).isEqualTo(503);
        // The province component reports the province, which is up, not the database.
        HttpResponse<String> health = get("/actuator/health");
        assertThat(json(health).at("/components/province/status").asText()).as(health.body()).isEqualTo("UP");

        database = start();
        // The same batch ids again: none was remembered while the database was down. No restart.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(submit(DEFAULT_SIGNER, "db-down-1", records("DB-1")).statusCode()).isEqualTo(200));
    }

    private static List<SubmittedRecord> records(String recordId) {
        return List.of(SampleRecords.penaltyRecord(recordId, 1));
    }

    private static Server start() throws SQLException {
        // Loopback only (no -tcpAllowOthers); -ifNotExists lets the hub's first connection create the database.
        return Server.createTcpServer("-tcpPort", String.valueOf(databasePort), "-baseDir", databaseDir.toString(),
                "-ifNotExists").start();
    }


    private HttpResponse<String> get(String path) {
        return getAsOperator(path);
    }
}
