package cn.jining.credithub.gateway.console;

import static cn.jining.credithub.gateway.console.JolokiaSession.exec;
import static cn.jining.credithub.gateway.console.JolokiaSession.quoted;
import static cn.jining.credithub.gateway.console.JolokiaSession.read;
import static cn.jining.credithub.gateway.console.JolokiaSession.write;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.CamelContext;
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

    private static final String HEAP = "com.sun.management:type=HotSpotDiagnostic";
    private static final String RUNTIME = "java.lang:type=Runtime";
    private static final Path HEAP_FILE = Path.of(System.getProperty("java.io.tmpdir"),
            "credithub-heap-" + System.nanoTime() + ".hprof");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CamelContext camel;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
        ConsoleAccounts.register(registry);
    }

    /** The intake queue's MBean on this class's own broker (each test hub has its own broker name). */
    private String intakeQueue() {
        return "org.apache.activemq.artemis:broker=\"" + broker.server().getActiveMQServer().getConfiguration().getName()
                + "\",component=addresses,address=\"credit.intake\",subcomponent=queues,routing-type=\"anycast\","
                + "queue=\"credit.intake\"";
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
    void aViewerReadsButInvokesNothingAndAnOperatorsCallIsAudited() throws Exception {
        JolokiaSession viewer = new JolokiaSession(port, ConsoleAccounts.VIEWER, ConsoleAccounts.VIEWER_PASSWORD);
        JsonNode depth = viewer.jolokia(read(intakeQueue(), "MessageCount"));
        assertThat(depth.get("status").asInt()).as(depth.toString()).isEqualTo(200);
        // Deny by default: not even an operation that only looks, and never a heap dump (passwords in clear).
        for (String refused : new String[] {exec(intakeQueue(), "countMessages()"), exec(intakeQueue(), "removeAllMessages()"),
                exec(HEAP, "dumpHeap(java.lang.String,boolean)", quoted(HEAP_FILE.toString()), "true"),
                exec(intakeQueue(), "browse()"), read(RUNTIME, "InputArguments"), read(RUNTIME, "SystemProperties"),
                read(intakeQueue(), "FirstMessageAsJSON"),
                write(intakeQueue(), "ConsumersBeforeDispatch", "1")}) {
            JsonNode answer = viewer.jolokia(refused);
            assertThat(answer.get("status").asInt()).as(refused + " -> " + answer).isEqualTo(403);
        }
        assertThat(Files.exists(HEAP_FILE)).isFalse();
        // Over GET, by path or by ?p=, Jolokia would execute without a CSRF check: refused for everyone.
        String encoded = URLEncoder.encode(intakeQueue(), StandardCharsets.UTF_8).replace("+", "%20");
        HttpResponse<String> overGet = send(ConsoleAccounts.asOperator(HttpRequest.newBuilder(uri("/actuator/jolokia/exec/"
                + encoded + "/countMessages()"))));
        assertThat(overGet.statusCode()).isEqualTo(403);
        HttpResponse<String> overGetParameter = send(ConsoleAccounts.asOperator(HttpRequest.newBuilder(uri(
                "/actuator/jolokia/?p=" + URLEncoder.encode("/exec/" + intakeQueue() + "/countMessages()",
                        StandardCharsets.UTF_8)))));
        assertThat(overGetParameter.statusCode()).isEqualTo(403);

        int adminEntries = adminEntries();
        JolokiaSession operator = new JolokiaSession(port, ConsoleAccounts.OPERATOR, ConsoleAccounts.OPERATOR_PASSWORD);
        JsonNode count = operator.jolokia(exec(intakeQueue(), "countMessages()"));
        assertThat(count.get("status").asInt()).as(count.toString()).isEqualTo(200);
        assertThat(adminEntries()).isEqualTo(adminEntries + 1);
        String detail = jdbc.queryForObject("SELECT detail FROM audit_entry WHERE kind = 'ADMIN' ORDER BY seq DESC "
                + "FETCH FIRST 1 ROWS ONLY", String.class);
        assertThat(detail).contains("\"operator\":\"operator\"").contains("countMessages").contains("credit.intake");
        // The operator's allow list has no purge, no counter reset, no heap dump, no attribute writes, no secrets.
        for (String refused : new String[] {exec(intakeQueue(), "removeAllMessages()"),
                exec(intakeQueue(), "resetMessageCounter()"),
                exec(HEAP, "dumpHeap(java.lang.String,boolean)", quoted(HEAP_FILE.toString()), "true"),
                read(RUNTIME, "InputArguments"),
                write(intakeQueue(), "ConsumersBeforeDispatch", "1")}) {
            JsonNode answer = operator.jolokia(refused);
            assertThat(answer.get("status").asInt()).as(refused + " -> " + answer).isEqualTo(403);
        }
        assertThat(adminEntries()).isEqualTo(adminEntries + 1);
        assertThat(Files.exists(HEAP_FILE)).isFalse();
    }

    @Test
    void anOperatorStopsAndStartsARoute() {
        JolokiaSession operator = new JolokiaSession(port, ConsoleAccounts.OPERATOR, ConsoleAccounts.OPERATOR_PASSWORD);
        String route = "org.apache.camel:context=" + camel.getManagementName() + ",type=routes,name=\"repository-writer\"";
        assertThat(operator.jolokia(exec(route, "stop()")).get("status").asInt()).isEqualTo(200);
        assertThat(operator.jolokia(read(route, "State")).get("value").asText()).isEqualTo("Stopped");
        assertThat(operator.jolokia(exec(route, "start()")).get("status").asInt()).isEqualTo(200);
        assertThat(operator.jolokia(read(route, "State")).get("value").asText()).isEqualTo("Started");
        JolokiaSession viewer = new JolokiaSession(port, ConsoleAccounts.VIEWER, ConsoleAccounts.VIEWER_PASSWORD);
        assertThat(viewer.jolokia(exec(route, "stop()")).get("status").asInt()).isEqualTo(403);
    }

    @Test
    void noOtherSiteMayReadTheConsolesAnswers() {
        JolokiaSession viewer = new JolokiaSession(port, ConsoleAccounts.VIEWER, ConsoleAccounts.VIEWER_PASSWORD);
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
}
