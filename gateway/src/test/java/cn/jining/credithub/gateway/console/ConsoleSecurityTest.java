package cn.jining.credithub.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.gateway.HubTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console's and admin API's security over real HTTP: who gets in where, what a viewer may and may not do
 * through Jolokia, that an operator's changing call is audited, and that the data channel, probes and scrape
 * stay as open as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class ConsoleSecurityTest extends HubTestSupport {

    private static final String INTAKE_QUEUE = "org.apache.activemq.artemis:broker=\"credit-hub\",component=addresses,"
            + "address=\"credit.intake\",subcomponent=queues,routing-type=\"anycast\",queue=\"credit.intake\"";

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
        ConsoleAccounts.register(registry);
    }

    @Test
    void theConsoleSendsStrangersToTheLoginForm() throws Exception {
        // A browser asks for HTML and is sent to the form; a tool without Accept gets 401 and a Basic challenge.
        HttpResponse<String> console = send(HttpRequest.newBuilder(uri("/actuator/hawtio/")).header("Accept", "text/html"));
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(send(HttpRequest.newBuilder(uri("/login"))).body()).contains("password");

        HttpResponse<String> jolokia = send(HttpRequest.newBuilder(uri("/actuator/jolokia/version")));
        assertThat(jolokia.statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/actuator/jolokia/version"))
                .header("Authorization", ConsoleAccounts.basic(ConsoleAccounts.OPERATOR, "not-the-password")));
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> viewer = send(ConsoleAccounts.asViewer(HttpRequest.newBuilder(uri("/actuator/hawtio/"))));
        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(viewer.body()).containsIgnoringCase("hawtio");
    }

    @Test
    void dataChannelProbesAndScrapeNeedNoLogin() {
        assertThat(submit("jn-amr", "console-open", List.of(SampleRecords.penaltyRecord("CS-1", 8100))).statusCode())
                .isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))).statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/health/liveness"))).statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/prometheus"))).statusCode()).isEqualTo(200);
    }

    @Test
    void theAdminApiAnswersOperatorsOnly() {
        assertThat(send(HttpRequest.newBuilder(uri("/api/admin/dead-letters"))).statusCode()).isEqualTo(401);
        assertThat(send(ConsoleAccounts.asViewer(HttpRequest.newBuilder(uri("/api/admin/dead-letters")))).statusCode())
                .isEqualTo(403);
        HttpResponse<String> operator = send(ConsoleAccounts.asOperator(HttpRequest.newBuilder(uri("/api/admin/dead-letters"))));
        assertThat(operator.statusCode()).isEqualTo(200);
        assertThat(json(operator).get("count").asInt()).isZero();
        // Stateless: no session cookie comes back that a browser could replay.
        assertThat(operator.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void aViewerReadsButCannotChangeAndAnOperatorsChangeIsAudited() throws Exception {
        Console viewer = new Console(ConsoleAccounts.VIEWER, ConsoleAccounts.VIEWER_PASSWORD);
        JsonNode depth = viewer.jolokia("{\"type\":\"read\",\"mbean\":" + quoted(INTAKE_QUEUE) + ",\"attribute\":\"MessageCount\"}");
        assertThat(depth.get("status").asInt()).as(depth.toString()).isEqualTo(200);
        JsonNode count = viewer.jolokia("{\"type\":\"exec\",\"mbean\":" + quoted(INTAKE_QUEUE)
                + ",\"operation\":\"countMessages()\"}");
        assertThat(count.get("status").asInt()).as(count.toString()).isEqualTo(200);
        JsonNode purge = viewer.jolokia("{\"type\":\"exec\",\"mbean\":" + quoted(INTAKE_QUEUE)
                + ",\"operation\":\"removeAllMessages()\"}");
        assertThat(purge.get("status").asInt()).as(purge.toString()).isEqualTo(403);
        JsonNode write = viewer.jolokia("{\"type\":\"write\",\"mbean\":" + quoted(INTAKE_QUEUE)
                + ",\"attribute\":\"ConsumersBeforeDispatch\",\"value\":1}");
        assertThat(write.get("status").asInt()).as(write.toString()).isEqualTo(403);
        // Exec over GET would dodge the CSRF check: refused for everyone.
        HttpResponse<String> overGet = send(ConsoleAccounts.asOperator(HttpRequest.newBuilder(uri("/actuator/jolokia/exec/"
                + URLEncoder.encode(INTAKE_QUEUE, StandardCharsets.UTF_8).replace("+", "%20") + "/removeAllMessages()"))));
        assertThat(overGet.statusCode()).isEqualTo(403);

        int adminEntries = adminEntries();
        Console operator = new Console(ConsoleAccounts.OPERATOR, ConsoleAccounts.OPERATOR_PASSWORD);
        JsonNode reset = operator.jolokia("{\"type\":\"exec\",\"mbean\":" + quoted(INTAKE_QUEUE)
                + ",\"operation\":\"resetMessageCounter()\"}");
        assertThat(reset.get("status").asInt()).as(reset.toString()).isEqualTo(200);
        assertThat(adminEntries()).isEqualTo(adminEntries + 1);
        String detail = jdbc.queryForObject("SELECT detail FROM audit_entry WHERE kind = 'ADMIN' ORDER BY seq DESC "
                + "FETCH FIRST 1 ROWS ONLY", String.class);
        assertThat(detail).contains("\"operator\":\"operator\"").contains("resetMessageCounter").contains("credit.intake");
    }

    @Test
    void noOtherSiteMayReadTheConsolesAnswers() {
        Console viewer = new Console(ConsoleAccounts.VIEWER, ConsoleAccounts.VIEWER_PASSWORD);
        HttpResponse<String> crossSite = viewer.post("{\"type\":\"version\"}", "https://elsewhere.example");
        assertThat(crossSite.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(crossSite.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        HttpResponse<String> response = send(ConsoleAccounts.asOperator(HttpRequest.newBuilder(uri("/actuator/jolokia"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"version\"}"))));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    private int adminEntries() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = 'ADMIN'", Integer.class);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\\\"") + "\"";
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(http, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A console session as the single-page app holds it: Basic sign-in, session and XSRF-TOKEN cookies. */
    private final class Console {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        private final String authorization;

        Console(String user, String password) {
            authorization = ConsoleAccounts.basic(user, password);
            HttpResponse<String> first = send(client, HttpRequest.newBuilder(uri("/actuator/jolokia/version"))
                    .header("Authorization", authorization));
            assertThat(first.statusCode()).isEqualTo(200);
        }

        JsonNode jolokia(String body) {
            return json(post(body, "http://127.0.0.1:" + port));
        }

        HttpResponse<String> post(String body, String origin) {
            String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().orElseThrow();
            return send(client, HttpRequest.newBuilder(uri("/actuator/jolokia")).header("Authorization", authorization)
                    .header("X-XSRF-TOKEN", token).header("Content-Type", "application/json").header("Origin", origin)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }
    }
}
