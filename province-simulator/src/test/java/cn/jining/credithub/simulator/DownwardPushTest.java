package cn.jining.credithub.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.province.AckStatus;
import cn.jining.credithub.contracts.province.AcknowledgementSigner;
import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.contracts.seal.InMemoryReplayGuard;
import cn.jining.credithub.contracts.seal.PayloadOpener;
import cn.jining.credithub.contracts.seal.SealVerifier;
import cn.jining.credithub.contracts.seal.SealedBatch;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.contracts.seal.TrustedSigners;
import cn.jining.credithub.contracts.seal.VerifiedBatch;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulator's downward push against a stand-in hub on a free port that speaks the real protocol (it verifies the
 * envelope against the province certificate and answers with an acknowledgement signed by the hub key), and its
 * slow mode against a client with a shorter timeout.
 */
class DownwardPushTest {

    private static SealingIdentity hub;
    private static SealingIdentity province;
    private static SealingIdentity impostor;
    private static HttpServer hubServer;
    private static ProvinceSimulator simulator;
    private static final List<VerifiedBatch> RECEIVED = new CopyOnWriteArrayList<>();
    private static volatile SealingIdentity answeringAs;

    @BeforeAll
    static void start() throws Exception {
        hub = DemoKeys.generate("credit-hub");
        province = DemoKeys.generate("shandong-province-simulator");
        impostor = DemoKeys.generate("credit-hub");
        answeringAs = hub;
        SealVerifier verifier = new SealVerifier(TrustedSigners.of(province.certificate()),
                new InMemoryReplayGuard(100, Clock.systemUTC()), Clock.systemUTC(), PayloadOpener.forRecipient(hub));
        hubServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        hubServer.createContext("/api/v1/province/downward", exchange -> answer(exchange, verifier));
        hubServer.start();
        simulator = ProvinceSimulator.start(SimulatorSettings.defaults(province, hub.certificate()).withPorts(0, 0)
                .withTls(false, null).withSlowDelay(Duration.ofMillis(800))
                .withHubDownwardUrl(URI.create("http://127.0.0.1:" + hubServer.getAddress().getPort()
                        + "/api/v1/province/downward")));
    }

    @AfterAll
    static void stop() {
        simulator.close();
        hubServer.stop(0);
    }

    @Test
    void pushSealsAJointPunishmentListThatTheHubVerifiesAndChecksTheHubsAcknowledgement() throws Exception {
        int before = RECEIVED.size();
        HttpResponse<String> answer = control("/simulator/push", "{\"count\":2,\"encrypt\":true}");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode result = ContractsJson.mapper().readTree(answer.body());
        assertThat(result.get("verified").asBoolean()).isTrue();
        assertThat(result.get("acknowledgement").get("status").asText()).isEqualTo("RECEIVED");
        assertThat(RECEIVED).hasSize(before + 1);
        VerifiedBatch batch = RECEIVED.get(before);
        assertThat(batch.header().sourceId()).isEqualTo(SimulatorSettings.DEFAULT_SOURCE_ID);
        assertThat(batch.header().payload()).isEqualTo("SM4-GCM");
        assertThat(batch.records()).extracting(r -> r.category()).containsOnly("CREDIT_LIST");
        assertThat(batch.header().batchId()).matches("SD-DOWN-\\d{8}-[0-9a-f]{8}");
    }

    @Test
    void anAcknowledgementNotSignedByTheHubIsReportedUnverified() throws Exception {
        answeringAs = impostor;
        try {
            PushResult result = simulator.push(null, 1, false);
            assertThat(result.status()).isEqualTo(200);
            assertThat(result.verified()).isFalse();
            assertThat(result.problem()).contains("not by the expected");
        } finally {
            answeringAs = hub;
        }
    }

    @Test
    void slowModeHoldsTheAnswerPastAShorterClientTimeout() throws Exception {
        simulator.mode(SimulatorMode.SLOW);
        try {
            HttpRequest request = HttpRequest.newBuilder(simulator.url().resolve("/province/v1/acknowledgements"))
                    .timeout(Duration.ofMillis(200)).GET().build();
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(HttpTimeoutException.class);
        } finally {
            simulator.mode(SimulatorMode.UP);
        }
    }

    private static void answer(HttpExchange exchange, SealVerifier verifier) throws java.io.IOException {
        try (var in = exchange.getRequestBody()) {
            SealedBatch sealed = ContractsJson.mapper().readValue(in.readAllBytes(), SealedBatch.class);
            VerifiedBatch verified = verifier.verify(sealed);
            RECEIVED.add(verified);
            byte[] ack = ContractsJson.mapper().writeValueAsBytes(new AcknowledgementSigner(answeringAs, Clock.systemUTC())
                    .acknowledge(verified.header(), AckStatus.RECEIVED));
            exchange.sendResponseHeaders(200, ack.length);
            exchange.getResponseBody().write(ack);
        } catch (Exception e) {
            byte[] error = ("{\"error\":\"" + e.getClass().getSimpleName() + "\"}").getBytes();
            exchange.sendResponseHeaders(400, error.length);
            exchange.getResponseBody().write(error);
        } finally {
            exchange.close();
        }
    }

    private static HttpResponse<String> control(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(simulator.controlUrl().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
