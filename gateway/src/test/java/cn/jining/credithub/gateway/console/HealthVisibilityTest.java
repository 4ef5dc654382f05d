package cn.jining.credithub.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.gateway.HubTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Health over real HTTP: anonymous callers and the viewer see UP or DOWN only, on the endpoint, on each probe
 * group and on every component the operator sees; only the operator sees components and their details.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthVisibilityTest extends HubTestSupport {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
        ConsoleAccounts.register(registry);
    }

    @Test
    void onlyTheOperatorSeesComponentsAndDetails() {
        JsonNode operator = json(get("/actuator/health", ConsoleAccounts::asOperator));
        assertThat(operator.get("status").asText()).isEqualTo("UP");
        List<String> components = new ArrayList<>();
        operator.get("components").fieldNames().forEachRemaining(components::add);
        assertThat(components).contains("broker", "db", "dataFolder");
        assertThat(operator.at("/components/dataFolder/details/minFreeBytes").isMissingNode()).isFalse();

        List<String> paths = new ArrayList<>(List.of("/actuator/health", "/actuator/health/readiness",
                "/actuator/health/liveness"));
        components.forEach(component -> paths.add("/actuator/health/" + component));
        for (String path : paths) {
            for (UnaryOperator<HttpRequest.Builder> caller : List.<UnaryOperator<HttpRequest.Builder>>of(b -> b,
                    ConsoleAccounts::asViewer)) {
                HttpResponse<String> response = get(path, caller);
                assertThat(response.statusCode()).as(path).isIn(200, 404);
                if (response.statusCode() == 200) {
                    JsonNode body = json(response);
                    assertThat(body.has("components")).as(path + ": " + body).isFalse();
                    assertThat(body.has("details")).as(path + ": " + body).isFalse();
                    assertThat(body.get("status").asText()).as(path).isIn("UP", "DOWN", "OUT_OF_SERVICE", "UNKNOWN");
                }
                assertThat(response.body()).as(path).doesNotContain("http://").doesNotContain("jdbc:")
                        .doesNotContain(System.getProperty("java.io.tmpdir"));
            }
        }
    }

    private HttpResponse<String> get(String path, UnaryOperator<HttpRequest.Builder> as) {
        return send(as.apply(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))).build());
    }
}
