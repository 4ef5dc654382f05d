package cn.jining.credithub.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.gateway.console.ConsoleAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Readiness follows the broker (down while it is stopped, up once it is back; liveness stays up); metrics are scrapable. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability // Spring Boot tests switch metrics export off unless asked
@DirtiesContext
class HealthTest extends HubTestSupport {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
        // Components show only to the operator (HealthVisibilityTest).
        ConsoleAccounts.register(registry);
    }

    @Test
    void readinessGoesDownWithTheBrokerAndUpWhenItReturns() throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        JsonNode health = json(get("/actuator/health"));
        assertThat(health.at("/components/broker/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");

        broker.server().getActiveMQServer().stop();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            HttpResponse<String> readiness = get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(json(readiness).at("/components/broker/status").asText()).isEqualTo("DOWN");
        });
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        broker.server().getActiveMQServer().start();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200));
    }

    @Test
    void metricsArePublishedInPrometheusFormat() {
        HttpResponse<String> metrics = get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(ConsoleAccounts.asOperator(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + path))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
