package cn.jining.credithub.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.adapters.repository.RepositoryDestinationRoute;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.repository.CreditRecordStore;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Records flow through the hub and the scraped Prometheus text moves by exactly the amounts that flowed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability // Spring Boot tests switch metrics export off unless asked
class MetricsTest extends HubTestSupport {

    private static final Map<String, String> AMR_PENALTY = Map.of("source", "jn-amr", "category", "ADMIN_PENALTY");
    private static final Map<String, String> AMR_LICENCE = Map.of("source", "jn-amr", "category", "ADMIN_LICENCE");
    private static final Map<String, String> REPOSITORY = Map.of("destination", "repository");

    private static final Map<String, String> QUEUE = Map.of("queue", "credit.accepted.repository");

    @Autowired
    CreditRecordStore store;
    @Autowired
    CamelContext camel;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
    }

    @Test
    void intakeAndDeliveryCountersMoveByTheRecordsThatFlowed() {
        String before = scrape();
        ObjectNode broken = SampleRecords.penalty(9102);
        broken.remove("decisionNumber");
        List<SubmittedRecord> records = List.of(
                SampleRecords.penaltyRecord("MET-P-1", 9100),
                SampleRecords.penaltyRecord("MET-P-2", 9101),
                new SubmittedRecord("MET-P-3", "ADMIN_PENALTY", broken),
                SampleRecords.record(RecordCategory.ADMIN_LICENCE, "MET-L-1", 9103),
                new SubmittedRecord("MET-X-1", "NOT_A_CATEGORY", SampleRecords.penalty(9104)));
        HttpResponse<String> response = submit("jn-amr", "metrics-1", records);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("accepted").asInt()).isEqualTo(3);

        await().atMost(Duration.ofSeconds(30)).until(() -> store.countBySource("jn-amr") == 3);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String after = scrape();
            assertThat(delta(before, after, "credithub_records_submitted_total", AMR_PENALTY)).isEqualTo(3);
            assertThat(delta(before, after, "credithub_records_accepted_total", AMR_PENALTY)).isEqualTo(2);
            assertThat(delta(before, after, "credithub_records_rejected_total", AMR_PENALTY)).isEqualTo(1);
            assertThat(delta(before, after, "credithub_records_accepted_total", AMR_LICENCE)).isEqualTo(1);
            assertThat(delta(before, after, "credithub_records_rejected_total",
                    Map.of("source", "jn-amr", "category", "UNKNOWN"))).isEqualTo(1);
            assertThat(delta(before, after, "credithub_records_delivered_total",
                    Map.of("destination", "repository", "outcome", "written"))).isEqualTo(3);
            assertThat(delta(before, after, "credithub_delivery_latency_seconds_count", REPOSITORY)).isEqualTo(1);
            assertThat(value(after, "credithub_delivery_failures_total", REPOSITORY)).isZero();
            assertThat(value(after, "credithub_queue_depth", Map.of("queue", "credit.accepted.repository"))).isZero();
            assertThat(value(after, "credithub_queue_depth", Map.of("queue", "DLQ.credit.accepted.repository"))).isZero();
            assertThat(value(after, "credithub_queue_oldest_age_seconds", Map.of("queue", "credit.intake"))).isZero();
        });
    }

    @Test
    void queueGaugesShowAWaitingMessageAndItsAge() throws Exception {
        // The writer stopped, the repository's queue keeps what the real broker hands it.
        camel.getRouteController().stopRoute(RepositoryDestinationRoute.ROUTE_ID);
        try {
            assertThat(submit("jn-tax", "metrics-gauge", List.of(SampleRecords.penaltyRecord("MET-G-1", 9200)))
                    .statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                String text = scrape();
                assertThat(value(text, "credithub_queue_depth", QUEUE)).isEqualTo(1);
                assertThat(value(text, "credithub_queue_oldest_age_seconds", QUEUE)).isGreaterThan(0);
            });
        } finally {
            camel.getRouteController().startRoute(RepositoryDestinationRoute.ROUTE_ID);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(value(scrape(), "credithub_queue_depth", QUEUE)).isZero());
    }

    private String scrape() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A counter's increase between two scrapes; a series that did not exist yet counted from 0. */
    private static double delta(String before, String after, String name, Map<String, String> labels) {
        return value(after, name, labels) - sample(before, name, labels).orElse(0);
    }

    /** The sample of the series of {@code name} whose labels include all of {@code labels}; it must exist. */
    private static double value(String text, String name, Map<String, String> labels) {
        return sample(text, name, labels).orElseThrow(() -> new AssertionError("no series " + name + labels));
    }

    private static OptionalDouble sample(String text, String name, Map<String, String> labels) {
        return text.lines()
                .filter(line -> line.startsWith(name + "{"))
                .filter(line -> labels.entrySet().stream().allMatch(l -> line.contains(l.getKey() + "=\"" + l.getValue() + "\"")))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }
}
