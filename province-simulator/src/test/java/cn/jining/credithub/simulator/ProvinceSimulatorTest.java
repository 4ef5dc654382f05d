package cn.jining.credithub.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.province.AckStatus;
import cn.jining.credithub.contracts.province.Acknowledgement;
import cn.jining.credithub.contracts.province.AcknowledgementVerifier;
import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.contracts.seal.SealedBatch;
import cn.jining.credithub.contracts.seal.Sealer;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator over real HTTPS on free ports: it verifies seals (refusing a stranger's with UNKNOWN_SIGNER), opens
 * SM4-GCM payloads, answers with acknowledgements signed by the province key, de-duplicates a re-sent batch, and its
 * failure modes are real (a closed port, a dropped connection, 503).
 */
class ProvinceSimulatorTest {

    private static SealingIdentity hub;
    private static SealingIdentity province;
    private static SealingIdentity stranger;
    private static ProvinceSimulator simulator;
    private static HttpClient trusting;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        hub = DemoKeys.generate("credit-hub");
        province = DemoKeys.generate("shandong-province-simulator");
        stranger = DemoKeys.generate("credit-hub");
        Path pem = dir.resolve("province-tls.pem");
        simulator = ProvinceSimulator.start(SimulatorSettings.defaults(province, hub.certificate()).withPorts(0, 0)
                .withTls(true, pem));
        trusting = HttpClient.newBuilder().sslContext(trustOnly(simulator.tlsCertificate()))
                .connectTimeout(Duration.ofSeconds(2)).build();
        assertThat(Files.readString(pem)).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void plainBatchIsStoredAndAcknowledgedWithTheProvinceSignatureThenDeduplicated() throws Exception {
        SealedBatch sealed = seal(hub, "plain-1", records(3), false);
        HttpResponse<String> first = post(sealed);
        assertThat(first.statusCode()).isEqualTo(200);
        Acknowledgement ack = new AcknowledgementVerifier(province.certificate())
                .verify(ContractsJson.mapper().readValue(first.body(), Acknowledgement.class), sealed.header());
        assertThat(ack.status()).isEqualTo(AckStatus.RECEIVED);
        int held = simulator.received().records();

        Acknowledgement again = ContractsJson.mapper().readValue(post(seal(hub, "plain-1", records(3), false)).body(),
                Acknowledgement.class);
        assertThat(again.status()).isEqualTo(AckStatus.DUPLICATE);
        assertThat(simulator.received().records()).isEqualTo(held);
        assertThat(simulator.received().duplicateBatches()).isPositive();
        assertThat(simulator.records()).extracting(r -> r.record().recordId()).doesNotHaveDuplicates();
    }

    @Test
    void batchSealedByAStrangerIsRefusedAsUnknownSigner() throws Exception {
        HttpResponse<String> answer = post(seal(stranger, "forged-1", records(2), false));
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(json(answer).get("code").asText()).isEqualTo("UNKNOWN_SIGNER");
        assertThat(simulator.records()).noneMatch(r -> r.batchId().equals("forged-1"));
        assertThat(simulator.received().refused()).containsKey("UNKNOWN_SIGNER");
    }

    @Test
    void encryptedBatchIsOpenedWithTheProvinceKey() throws Exception {
        int encrypted = simulator.received().encryptedBatches();
        HttpResponse<String> answer = post(seal(hub, "sm4-1", List.of(record(40)), true));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(simulator.received().encryptedBatches()).isEqualTo(encrypted + 1);
        assertThat(simulator.records()).anyMatch(r -> r.batchId().equals("sm4-1") && r.record().equals(record(40)));
    }

    @Test
    void sameBatchIdWithOtherRecordsIsRefused() throws Exception {
        assertThat(post(seal(hub, "reused-1", List.of(record(50)), false)).statusCode()).isEqualTo(200);
        HttpResponse<String> answer = post(seal(hub, "reused-1", List.of(record(51)), false));
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(json(answer).get("code").asText()).isEqualTo("BATCH_ID_REUSED");
    }

    @Test
    void garbageIsAnsweredWithAClearError() throws Exception {
        HttpResponse<String> answer = trusting.send(HttpRequest.newBuilder(batches())
                .POST(HttpRequest.BodyPublishers.ofString("{\"header\": 7")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).get("code").asText()).isEqualTo("MALFORMED");
    }

    @Test
    void aClientThatDoesNotTrustTheSimulatorCertificateCannotConnect() {
        HttpClient strict = HttpClient.newHttpClient();
        assertThatThrownBy(() -> strict.send(HttpRequest.newBuilder(batches()).GET().build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void failureModesAreReal() throws Exception {
        try {
            control("{\"mode\":\"down\"}");
            assertThatThrownBy(() -> post(seal(hub, "down-1", records(1), false))).isInstanceOf(ConnectException.class);

            control("{\"mode\":\"errors\"}");
            assertThat(post(seal(hub, "err-1", records(1), false)).statusCode()).isEqualTo(503);

            control("{\"mode\":\"lose-acks\"}");
            int lost = simulator.received().lostAcknowledgements();
            assertThatThrownBy(() -> post(seal(hub, "lost-1", List.of(record(60)), false))).isInstanceOf(IOException.class);
            assertThat(simulator.received().lostAcknowledgements()).isEqualTo(lost + 1);
            assertThat(simulator.records()).anyMatch(r -> r.batchId().equals("lost-1"));
        } finally {
            control("{\"mode\":\"up\"}");
        }
        HttpResponse<String> resent = post(seal(hub, "lost-1", List.of(record(60)), false));
        assertThat(ContractsJson.mapper().readValue(resent.body(), Acknowledgement.class).status())
                .isEqualTo(AckStatus.DUPLICATE);
        HttpResponse<String> acks = trusting.send(HttpRequest.newBuilder(simulator.url()
                .resolve("/province/v1/acknowledgements?since=2020-01-01T00:00:00Z")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json(acks).findValuesAsText("batchId")).contains("lost-1").doesNotContain("err-1", "down-1");
    }

    @Test
    void unknownModeIsRefusedNamingTheChoices() throws Exception {
        HttpResponse<String> answer = controlAnswer("{\"mode\":\"sideways\"}");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("lose-acks");
    }

    private static SealedBatch seal(SealingIdentity signer, String batchId, List<AcceptedRecord> records, boolean encrypt)
            throws Exception {
        Sealer sealer = new Sealer(signer.signer(), signer.certificate(), Clock.systemUTC(), Duration.ofMinutes(10));
        return encrypt ? sealer.seal("jn-amr", batchId, records, province.certificate())
                : sealer.seal("jn-amr", batchId, records);
    }

    private static List<AcceptedRecord> records(int count) {
        return DownwardPusher.jointPunishmentSample(count);
    }

    private static AcceptedRecord record(int n) {
        List<AcceptedRecord> sample = DownwardPusher.jointPunishmentSample(n);
        return sample.get(n - 1);
    }

    private static HttpResponse<String> post(SealedBatch sealed) throws Exception {
        return trusting.send(HttpRequest.newBuilder(batches())
                .POST(HttpRequest.BodyPublishers.ofByteArray(ContractsJson.mapper().writeValueAsBytes(sealed))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI batches() {
        return simulator.url().resolve(ProvinceApi.BATCHES);
    }

    private static void control(String body) throws Exception {
        assertThat(controlAnswer(body).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> controlAnswer(String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(simulator.controlUrl().resolve("/simulator/mode"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return ContractsJson.mapper().readTree(response.body());
    }

    static SSLContext trustOnly(X509Certificate certificate) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("province", certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
