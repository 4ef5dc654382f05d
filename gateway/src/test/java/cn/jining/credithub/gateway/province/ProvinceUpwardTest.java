package cn.jining.credithub.gateway.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.adapters.province.ProvinceDestinationRoute;
import cn.jining.credithub.adapters.province.ProvinceLedger;
import cn.jining.credithub.adapters.province.ProvinceReconciler;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.gateway.HubTestSupport;
import cn.jining.credithub.simulator.ProvinceSimulator;
import cn.jining.credithub.simulator.ReceivedRecord;
import cn.jining.credithub.simulator.SimulatorMode;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The upward link against the province simulator over real HTTPS (SM4-GCM envelopes, as configured by default):
 * an outage during a stream of submissions, lost acknowledgements and the reconciliation each end with every record
 * at the province exactly once, while the repository never waits for the province.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProvinceUpwardTest extends HubTestSupport {

    private static final String SOURCE = "jn-amr";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String OPERATOR_PASSWORD = "province-test-operator";

    @Autowired
    ProvinceSimulatorLauncher launcher;
    @Autowired
    ProvinceReconciler reconciler;
    @Autowired
    ProvinceLedger ledger;
    @Autowired
    ProvinceLinkHealthIndicator health;
    @Autowired
    MeterRegistry meters;
    @Autowired
    DataSource dataSource;
    @Autowired
    CamelContext camel;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
        // Fast back-off and circuit, so outages of a second or two are seen through quickly.
        registry.add("credithub.province.initial-backoff", () -> "50ms");
        registry.add("credithub.province.max-backoff", () -> "300ms");
        registry.add("credithub.province.circuit-open-for", () -> "300ms");
        registry.add("credithub.province.request-timeout", () -> "2s");
        registry.add("credithub.province.batches-per-second", () -> "500");
        registry.add("credithub.province.max-batch-records", () -> "3");
        registry.add("credithub.console.operator-password", () -> OPERATOR_PASSWORD);
    }

    @AfterEach
    void provinceUp() {
        simulator().mode(SimulatorMode.UP);
    }

    @Test
    void provinceDownDuringAStreamThenBackEveryRecordArrivesExactlyOnceAndTheRepositoryNeverWaits() {
        ProvinceSimulator simulator = simulator();
        double failuresBefore = counter("credithub.delivery.failures", null);
        simulator.mode(SimulatorMode.DOWN);
        Set<String> expected = submitStream("DOWN", 0, 12, 5);

        // The repository gets all of them while the province is still down: no head-of-line blocking.
        await().atMost(PATIENCE).until(() -> repositoryCount("DOWN-") == expected.size());
        await().atMost(PATIENCE).until(() -> health.health().getStatus().equals(Status.DOWN));
        assertThat(simulator.mode()).isEqualTo(SimulatorMode.DOWN);
        assertThat(heldAtProvince("DOWN-")).isEmpty();
        assertThat(queueDepth("credit.accepted.province")).isPositive();
        assertThat(counter("credithub.delivery.failures", null)).isGreaterThan(failuresBefore);

        simulator.mode(SimulatorMode.UP);
        await().atMost(PATIENCE).until(() -> queueDepth("credit.accepted.province") == 0
                && heldAtProvince("DOWN-").size() == expected.size());
        List<String> held = heldAtProvince("DOWN-");
        assertThat(new TreeSet<>(held)).isEqualTo(expected);
        assertThat(held).doesNotHaveDuplicates();
        assertThat(queueDepth("DLQ.credit.accepted.province")).isZero();
        assertThat(ledger.unacknowledgedCount()).isZero();
        // credithub.province.encrypt defaults to true: every upward batch travelled SM4-GCM for the province key.
        assertThat(simulator.received().encryptedBatches()).isPositive()
                .isGreaterThanOrEqualTo(simulator.received().batches());
        await().atMost(PATIENCE).until(() -> health.health().getStatus().equals(Status.UP));
        assertThat(counter("credithub.records.delivered", "written")).isGreaterThanOrEqualTo(expected.size());
    }

    @Test
    void lostAcknowledgementsAreResentUnderTheSameBatchIdAndTheProvinceDeduplicates() {
        ProvinceSimulator simulator = simulator();
        int lostBefore = simulator.received().lostAcknowledgements();
        int duplicatesBefore = simulator.received().duplicateBatches();
        simulator.mode(SimulatorMode.LOSE_ACKS);
        Set<String> expected = submitStream("LOST", 100, 3, 4);

        // The head batch is stored, its acknowledgement lost, and re-sent (same id) again and again: no batch after
        // it counts as delivered until one acknowledgement arrives.
        await().atMost(PATIENCE).until(() -> !heldAtProvince("LOST-").isEmpty()
                && simulator.received().duplicateBatches() > duplicatesBefore + 1);
        assertThat(simulator.received().lostAcknowledgements()).isGreaterThan(lostBefore + 1);
        assertThat(heldAtProvince("LOST-")).hasSizeLessThan(expected.size()).doesNotHaveDuplicates();
        assertThat(queueDepth("credit.accepted.province")).as("no batch counts as delivered without its ack").isPositive();

        simulator.mode(SimulatorMode.UP);
        await().atMost(PATIENCE).until(() -> queueDepth("credit.accepted.province") == 0
                && ledger.unacknowledgedCount() == 0);
        List<String> held = heldAtProvince("LOST-");
        assertThat(new TreeSet<>(held)).isEqualTo(expected);
        assertThat(held).doesNotHaveDuplicates();
    }

    @Test
    void provinceAnsweringWithErrorsHoldsRecordsUntilItRecovers() {
        ProvinceSimulator simulator = simulator();
        double failuresBefore = counter("credithub.delivery.failures", null);
        simulator.mode(SimulatorMode.ERRORS);
        Set<String> expected = submitStream("ERR", 200, 2, 3);
        await().atMost(PATIENCE).until(() -> repositoryCount("ERR-") == expected.size()
                && counter("credithub.delivery.failures", null) > failuresBefore + 1);
        assertThat(heldAtProvince("ERR-")).isEmpty();

        simulator.mode(SimulatorMode.UP);
        await().atMost(PATIENCE).until(() -> heldAtProvince("ERR-").size() == expected.size()
                && queueDepth("credit.accepted.province") == 0);
        assertThat(new TreeSet<>(heldAtProvince("ERR-"))).isEqualTo(expected);
    }

    @Test
    void reconciliationAdoptsTheAcknowledgementOfABatchWhoseAnswerWasLost() throws Exception {
        ProvinceSimulator simulator = simulator();
        int lostBefore = simulator.received().lostAcknowledgements();
        simulator.mode(SimulatorMode.LOSE_ACKS);
        Set<String> expected = submitStream("ADOPT", 400, 1, 2);
        await().atMost(PATIENCE).until(() -> heldAtProvince("ADOPT-").size() == expected.size()
                && simulator.received().lostAcknowledgements() > lostBefore);
        // The hub stops before any answer arrived: the province holds the batch, the hub's ledger has no ack for it.
        camel.getRouteController().stopRoute(ProvinceDestinationRoute.ROUTE_ID);
        try {
            assertThat(ledger.unacknowledgedCount()).isPositive();
            simulator.mode(SimulatorMode.UP);

            ProvinceReconciler.Report report = reconciler.reconcile();
            assertThat(report.adopted()).isPositive();
            assertThat(report.resent()).isZero();
            assertThat(ledger.unacknowledgedCount()).isZero();
        } finally {
            camel.getRouteController().startRoute(ProvinceDestinationRoute.ROUTE_ID);
        }
        // The rolled-back message is sent once more under the same id: the province answers DUPLICATE, stores nothing.
        await().atMost(PATIENCE).until(() -> queueDepth("credit.accepted.province") == 0);
        assertThat(new TreeSet<>(heldAtProvince("ADOPT-"))).isEqualTo(expected);
        assertThat(heldAtProvince("ADOPT-")).doesNotHaveDuplicates();
    }

    @Test
    void reconciliationResendsABatchTheProvinceNoLongerHoldsUnderItsOwnBatchId() throws Exception {
        ProvinceSimulator simulator = simulator();
        Set<String> expected = submitStream("RECON", 300, 1, 3);
        await().atMost(PATIENCE).until(() -> heldAtProvince("RECON-").size() == expected.size()
                && queueDepth("credit.accepted.province") == 0);
        List<String> batchIds = simulator.records().stream().filter(r -> r.record().recordId().startsWith("RECON-"))
                .map(ReceivedRecord::batchId).distinct().toList();
        assertThat(batchIds).isNotEmpty();
        // The province loses them (restored from an older backup): its acknowledgement list no longer has them.
        batchIds.forEach(id -> simulator.forget(SOURCE, id));
        assertThat(heldAtProvince("RECON-")).isEmpty();

        // Run now by an operator through the admin API (the schedule runs the same at night); anonymous is refused.
        assertThat(adminReconcile(null).statusCode()).isEqualTo(401);
        HttpResponse<String> answer = adminReconcile("operator:" + OPERATOR_PASSWORD);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json(answer).get("resent").asInt()).isEqualTo(batchIds.size());
        assertThat(json(answer).get("stillMissing").asInt()).isZero();
        assertThat(new TreeSet<>(heldAtProvince("RECON-"))).isEqualTo(expected);
        assertThat(simulator.records().stream().filter(r -> r.record().recordId().startsWith("RECON-"))
                .map(ReceivedRecord::batchId).distinct().toList()).containsExactlyInAnyOrderElementsOf(batchIds);

        // A second run finds the province complete and sends nothing.
        ProvinceReconciler.Report again = reconciler.reconcile();
        assertThat(again.resent()).isZero();
        assertThat(again.compared()).isGreaterThanOrEqualTo(batchIds.size());
    }

    private HttpResponse<String> adminReconcile(String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/admin/province/reconcile"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private ProvinceSimulator simulator() {
        return launcher.simulator();
    }

    /** {@code submissions} submissions of {@code perSubmission} penalty records; returns their record ids. */
    private Set<String> submitStream(String prefix, int firstNumber, int submissions, int perSubmission) {
        Set<String> ids = new TreeSet<>();
        int n = firstNumber;
        for (int s = 0; s < submissions; s++) {
            List<SubmittedRecord> records = new ArrayList<>();
            for (int i = 0; i < perSubmission; i++, n++) {
                String id = prefix + "-" + n;
                records.add(SampleRecords.penaltyRecord(id, 9000 + n));
                ids.add(id);
            }
            assertThat(submit(SOURCE, "province-" + prefix + "-" + s, records).statusCode()).isEqualTo(200);
        }
        return ids;
    }

    private List<String> heldAtProvince(String prefix) {
        return simulator().records().stream().map(r -> r.record().recordId()).filter(id -> id.startsWith(prefix))
                .toList();
    }

    private int repositoryCount(String prefix) {
        Integer count = new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM credit_record WHERE source_id = ? AND record_id LIKE ?", Integer.class,
                SOURCE, prefix + "%");
        return count == null ? 0 : count;
    }

    private double counter(String name, String outcome) {
        var search = meters.find(name).tag("destination", "province");
        if (outcome != null) {
            search = search.tag("outcome", outcome);
        }
        var counter = search.counter();
        return counter == null ? 0 : counter.count();
    }
}
