package cn.jining.credithub.gateway.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.adapters.province.ProvinceDestinationRoute;
import cn.jining.credithub.adapters.province.ProvinceLedger;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.gateway.HubTestSupport;
import cn.jining.credithub.simulator.ProvinceSimulator;
import cn.jining.credithub.simulator.SimulatorMode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The province link after an outage: back-off stops growing once the circuit is open, so the backlog drains within
 * the circuit's open period plus one request of the province's return; and a stopping hub ends a multi-part batch
 * between parts, never with a part sent and its acknowledgement thrown away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProvinceRecoveryTest extends HubTestSupport {

    private static final String SOURCE = "jn-amr";
    private static final Duration OPEN_FOR = Duration.ofSeconds(2);
    /** One request to the province, its TLS handshake and the sealing, on a busy 2-core test machine. */
    private static final Duration ONE_REQUEST = Duration.ofMillis(1500);

    @Autowired
    ProvinceSimulatorLauncher launcher;
    @Autowired
    ProvinceLedger ledger;
    @Autowired
    MeterRegistry meters;
    @Autowired
    CamelContext camel;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
        // A long max-backoff on purpose: only the circuit's open period may bound the wait after the outage.
        registry.add("credithub.province.initial-backoff", () -> "100ms");
        registry.add("credithub.province.max-backoff", () -> "5m");
        registry.add("credithub.province.circuit-window", () -> "2");
        registry.add("credithub.province.circuit-open-for", () -> OPEN_FOR.toMillis() + "ms");
        // Past the simulator's 5 s slow mode, so a slow part is acknowledged rather than timed out.
        registry.add("credithub.province.request-timeout", () -> "10s");
        registry.add("credithub.province.max-batch-records", () -> "3");
    }

    @AfterEach
    void provinceUp() {
        simulator().mode(SimulatorMode.UP);
    }

    @Test
    void afterAnOutageTheBacklogDrainsWithinTheOpenPeriodPlusOneRequest() {
        ProvinceSimulator simulator = simulator();
        simulator.mode(SimulatorMode.DOWN);
        int before = simulator.received().batches();
        double failuresBefore = failures();
        assertThat(submit(SOURCE, "recovery-1", records("RECOVER", 0, 2)).statusCode()).isEqualTo(200);
        // Down through several open periods: the old back-off (doubling on every refused call too) had grown to
        // many times the open period by now.
        await().atMost(Duration.ofSeconds(60)).until(() -> failures() >= failuresBefore + 6);

        simulator.mode(SimulatorMode.UP);
        long back = System.nanoTime();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> simulator.received().batches() > before);
        Duration drained = Duration.ofNanos(System.nanoTime() - back);
        LoggerFactory.getLogger(ProvinceRecoveryTest.class).info("province back: first batch acknowledged after {} ms "
                + "(circuit open for {} ms)", drained.toMillis(), OPEN_FOR.toMillis());
        assertThat(drained).as("first batch acknowledged after the province's return")
                .isLessThanOrEqualTo(OPEN_FOR.plus(ONE_REQUEST));
        await().atMost(Duration.ofSeconds(30)).until(() -> queueDepth("credit.accepted.province") == 0);
    }

    @Test
    void aStoppingHubEndsAMultiPartBatchBetweenPartsAndResendsTheRestAfterwards() throws Exception {
        ProvinceSimulator simulator = simulator();
        int before = simulator.received().batches();
        simulator.mode(SimulatorMode.SLOW);
        // Nine records, three upward parts of three; each part takes the simulator's slow delay.
        assertThat(submit(SOURCE, "parts-1", records("PARTS", 100, 9)).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.unacknowledgedCount() > 0);

        // Stopping waits for the part in flight, then the route ends before the next part.
        camel.getRouteController().stopRoute(ProvinceDestinationRoute.ROUTE_ID);
        try {
            assertThat(simulator.received().batches() - before).as("parts the province received").isEqualTo(1);
            assertThat(ledger.unacknowledgedCount()).as("the part sent was acknowledged and recorded").isZero();
            assertThat(queueDepth("credit.accepted.province")).as("the batch's message rolled back").isEqualTo(1);
        } finally {
            simulator.mode(SimulatorMode.UP);
            camel.getRouteController().startRoute(ProvinceDestinationRoute.ROUTE_ID);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> queueDepth("credit.accepted.province") == 0);
        List<String> held = simulator.records().stream().map(r -> r.record().recordId())
                .filter(id -> id.startsWith("PARTS-")).toList();
        assertThat(held).hasSize(9).doesNotHaveDuplicates();
    }

    private ProvinceSimulator simulator() {
        return launcher.simulator();
    }

    private double failures() {
        var counter = meters.find("credithub.delivery.failures").tag("destination", "province").counter();
        return counter == null ? 0 : counter.count();
    }

    private static List<SubmittedRecord> records(String prefix, int first, int count) {
        List<SubmittedRecord> records = new ArrayList<>();
        for (int n = first; n < first + count; n++) {
            records.add(SampleRecords.penaltyRecord(prefix + "-" + n, 7000 + n));
        }
        return records;
    }
}
