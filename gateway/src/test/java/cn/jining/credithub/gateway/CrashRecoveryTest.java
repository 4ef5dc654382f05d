package cn.jining.credithub.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.repository.CreditRecordStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The hub is killed (SIGKILL) with accepted records queued but not written, and restarted on the same
 * data folder: every record a receipt accepted reaches the repository, none twice.
 */
class CrashRecoveryTest {

    private static final int BATCHES = 5;
    private static final int PER_BATCH = 200;
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void recordsQueuedWhenTheHubIsKilledArriveOnceAfterRestart() throws Exception {
        Path log = Files.createDirectories(Path.of("target")).resolve("crash-recovery-hub.log");
        try (HubProcess hub = HubProcess.start(dataDir, log,
                "--credithub.destinations.repository.auto-startup=false")) {
            submitAll(hub, "queued");
            // Queued, durable, not written: the repository consumer is not running.
            await().atMost(Duration.ofSeconds(30)).until(() -> hub.queueDepth("credit.accepted.repository") > 0
                    && hub.queueDepth("credit.intake") == 0);
            hub.kill();
        }
        try (HubProcess hub = HubProcess.start(dataDir, log)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> hub.queueDepth("credit.accepted.repository") == 0
                    && hub.queueDepth("credit.intake") == 0);
            hub.stop();
        }
        assertEveryRecordOnceAtVersionOne("queued");
    }

    @Test
    void recordsInFlightWhenTheHubIsKilledArriveOnceAfterRestart() throws Exception {
        Path log = Files.createDirectories(Path.of("target")).resolve("crash-recovery-hub.log");
        try (HubProcess hub = HubProcess.start(dataDir, log)) {
            submitAll(hub, "inflight");
            // Killed right after the last receipt, while the writer is draining the queue.
            hub.kill();
        }
        try (HubProcess hub = HubProcess.start(dataDir, log)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> hub.queueDepth("credit.accepted.repository") == 0
                    && hub.queueDepth("credit.intake") == 0);
            hub.stop();
        }
        assertEveryRecordOnceAtVersionOne("inflight");
    }

    private void submitAll(HubProcess hub, String prefix) throws Exception {
        for (int b = 0; b < BATCHES; b++) {
            List<SubmittedRecord> records = new ArrayList<>();
            for (int i = 0; i < PER_BATCH; i++) {
                int n = b * PER_BATCH + i;
                records.add(SampleRecords.penaltyRecord(prefix + "-" + n, n));
            }
            HttpRequest request = SignedSubmissions.forDataDir(dataDir).jsonPost(
                    URI.create(hub.base() + "/api/v1/submissions"), "jn-amr",
                    HubTestSupport.submissionJson("jn-amr", prefix + "-" + b, records));
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(HubTestSupport.json(response).get("accepted").asInt()).isEqualTo(PER_BATCH);
        }
    }

    private void assertEveryRecordOnceAtVersionOne(String prefix) {
        assertThat(Files.exists(dataDir.resolve("repository/credit.mv.db"))).isTrue();
        // One connection for all checks: the hub has stopped, and reopening the file per query is slow.
        SingleConnectionDataSource h2 = new SingleConnectionDataSource(
                "jdbc:h2:file:" + dataDir.resolve("repository/credit"), "sa", "", true);
        CreditRecordStore store = new CreditRecordStore(h2);
        assertThat(store.countBySource("jn-amr")).isEqualTo(BATCHES * PER_BATCH);
        for (int n = 0; n < BATCHES * PER_BATCH; n++) {
            assertThat(store.find("ADMIN_PENALTY", "jn-amr", prefix + "-" + n)).as("record %d", n)
                    .hasValueSatisfying(r -> assertThat(r.version()).isEqualTo(1));
        }
    }
}
