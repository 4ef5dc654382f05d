package cn.jining.credithub.gateway.downward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.province.AckStatus;
import cn.jining.credithub.contracts.province.Acknowledgement;
import cn.jining.credithub.contracts.province.AcknowledgementVerifier;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.contracts.seal.BcSm2SignatureVerifier;
import cn.jining.credithub.contracts.seal.CertificateRef;
import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.contracts.seal.SealHeader;
import cn.jining.credithub.contracts.seal.SealedBatch;
import cn.jining.credithub.contracts.seal.Sealer;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.gateway.HubTestSupport;
import cn.jining.credithub.gateway.security.HubKeys;
import cn.jining.credithub.gateway.security.KeyFolder;
import cn.jining.credithub.gateway.sftp.KnownHosts;
import cn.jining.credithub.repository.audit.AuditEntry;
import cn.jining.credithub.repository.audit.AuditKind;
import cn.jining.credithub.repository.audit.AuditTrail;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.ExchangePattern;
import org.apache.camel.ProducerTemplate;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The province's downward channel end to end, on real parts: envelopes sealed with the province's demo key are
 * pushed over HTTP, and three bureaus receive them on their own channels: a REST callback (the JDK's HTTP server),
 * a folder on their SFTP server (Apache MINA SSHD) and a table of their database (H2). Forged, altered and
 * replayed envelopes are refused and publish nothing; a bureau that is offline gets its whole backlog, in order,
 * once it is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DownwardEndToEndTest extends HubTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SFTP_PASSWORD_ENV = "CREDITHUB_TEST_DOWNWARD_SFTP_PASSWORD";
    private static final String SFTP_PASSWORD = "pw+" + UUID.randomUUID();
    private static final String BUREAU_DB = "jdbc:h2:mem:downward-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private static CallbackServer callback;
    private static SshServer sftp;
    private static Path sftpRoot;
    private static Path knownHosts;

    @Autowired
    KeyFolder keyFolder;
    @Autowired
    HubKeys hubKeys;
    @Autowired
    AuditTrail audit;
    @Autowired
    CamelContext camel;
    @Autowired
    DataSource repository;
    @Autowired
    MeterRegistry meters;

    private Sealer province;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        hubProperties(registry);
        registry.add("credithub.downward.retry-interval", () -> "300ms");
        callback = CallbackServer.start();
        startSftp();
        registry.add(SFTP_PASSWORD_ENV, () -> SFTP_PASSWORD);
        createBureauTables();

        entry(registry, 0, "jn-court", "rest");
        registry.add("credithub.sources[0].downward.channel", () -> "rest");
        registry.add("credithub.sources[0].downward.callback-url", callback::url);

        entry(registry, 1, "jn-files", "sftp");
        String files = "credithub.sources[1].sftp.";
        registry.add(files + "host", () -> "127.0.0.1");
        registry.add(files + "port", () -> sftp.getPort());
        registry.add(files + "directory", () -> "upload");
        registry.add(files + "username", () -> "bureau");
        registry.add(files + "password-env", () -> SFTP_PASSWORD_ENV);
        registry.add(files + "known-hosts-path", () -> knownHosts.toString());
        registry.add(files + "delay", () -> "60s");
        registry.add(files + "category", () -> "ADMIN_PENALTY");
        registry.add(files + "id-column", () -> "记录编号");
        registry.add("credithub.sources[1].downward.channel", () -> "sftp");
        registry.add("credithub.sources[1].downward.directory", () -> "downward");

        entry(registry, 2, "jn-db", "jdbc");
        String db = "credithub.sources[2].jdbc.";
        registry.add(db + "url", () -> BUREAU_DB);
        registry.add(db + "username", () -> "sa");
        registry.add(db + "table", () -> "credit_staging");
        registry.add(db + "id-column", () -> "record_id");
        registry.add(db + "category", () -> "ADMIN_PENALTY");
        registry.add(db + "delay", () -> "60s");
        registry.add("credithub.sources[2].downward.channel", () -> "jdbc");
        registry.add("credithub.sources[2].downward.table", () -> "credit_downward");
    }

    private static void entry(DynamicPropertyRegistry registry, int i, String id, String channel) {
        String entry = "credithub.sources[" + i + "].";
        registry.add(entry + "id", () -> id);
        registry.add(entry + "name", () -> "济宁市测试局" + i);
        registry.add(entry + "kind", () -> "bureau");
        registry.add(entry + "region", () -> "370800");
        registry.add(entry + "channel", () -> channel);
        registry.add(entry + "categories[0]", () -> "ADMIN_PENALTY");
    }

    private static void startSftp() throws IOException {
        Path base = Files.createTempDirectory("credithub-downward-sftp");
        sftpRoot = Files.createDirectories(base.resolve("root"));
        Files.createDirectories(sftpRoot.resolve("upload"));
        sftp = SshServer.setUpDefaultServer();
        sftp.setHost("127.0.0.1");
        sftp.setPort(0);
        sftp.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(base.resolve("host.key")));
        sftp.setPasswordAuthenticator((user, password, session) -> "bureau".equals(user) && SFTP_PASSWORD.equals(password));
        sftp.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sftp.setFileSystemFactory(new VirtualFileSystemFactory(sftpRoot));
        sftp.start();
        knownHosts = base.resolve("known_hosts");
        KnownHosts.write(knownHosts, "127.0.0.1", sftp.getPort(), sftp.getKeyPairProvider());
    }

    /** The bureau's own database: its staging table (polled upward) and the table the hub writes downward into. */
    private static void createBureauTables() throws SQLException {
        try (Connection connection = DriverManager.getConnection(BUREAU_DB, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE credit_staging (record_id VARCHAR(64) PRIMARY KEY, payload VARCHAR(4000),"
                    + " status VARCHAR(16), reason VARCHAR(4000))");
            sql.execute("CREATE TABLE credit_downward (batch_id VARCHAR(128) NOT NULL, record_id VARCHAR(256) NOT NULL,"
                    + " category VARCHAR(64) NOT NULL, subject_code VARCHAR(64), payload CLOB NOT NULL,"
                    + " received_at TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (batch_id, record_id))");
        }
    }

    @AfterAll
    static void stopServers() throws IOException {
        callback.stop();
        sftp.stop(true);
    }

    @BeforeEach
    void provinceIdentity() throws Exception {
        // The province's demo identity, generated at start-up beside the hub's (its province.crt is what the hub trusts).
        SealingIdentity identity = KeyFolder.loadIdentity(keyFolder.provinceKeystore(), "demo-only".toCharArray(),
                KeyFolder.PROVINCE_ALIAS);
        province = new Sealer(identity.signer(), identity.certificate(), Clock.systemUTC(), Duration.ofHours(1));
    }

    @Test
    void aGenuineBatchReachesEverySubscriberOnItsOwnChannelAndIsAcknowledgedByTheHub() throws Exception {
        List<AcceptedRecord> records = records("G", 3);
        SealedBatch sealed = province.seal("shandong", "down-genuine-1", records);

        HttpResponse<String> response = push(sealed);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Acknowledgement ack = ContractsJson.mapper().readValue(response.body(), Acknowledgement.class);
        new AcknowledgementVerifier(hubKeys.hub().certificate()).verify(ack, sealed.header());
        assertThat(ack.status()).isEqualTo(AckStatus.RECEIVED);

        // REST: the batch JSON, signed by the hub.
        CallbackServer.Call call = await().atMost(PATIENCE).until(() -> call("down-genuine-1"), c -> c != null);
        JsonNode delivered = ContractsJson.mapper().readTree(call.body());
        assertThat(delivered.get("origin").asText()).isEqualTo("shandong");
        assertThat(delivered.get("merkleRoot").asText()).isEqualTo(sealed.header().merkleRoot());
        assertThat(delivered.at("/records/2/recordId").asText()).isEqualTo("G-2");
        assertThat(call.signer()).isEqualTo(CertificateRef.of(hubKeys.hub().certificate()).sm3());
        assertThat(new BcSm2SignatureVerifier().verify(call.body().getBytes(StandardCharsets.UTF_8),
                Base64.getDecoder().decode(call.signature()), hubKeys.hub().certificate().getPublicKey())).isTrue();

        // SFTP: one finished file per batch, named by the batch id; no temporary file left behind.
        Path file = sftpRoot.resolve("downward/down-genuine-1.json");
        await().atMost(PATIENCE).until(() -> Files.exists(file));
        JsonNode written = ContractsJson.mapper().readTree(file.toFile());
        assertThat(written.get("batchId").asText()).isEqualTo("down-genuine-1");
        assertThat(written.get("records")).hasSize(3);
        try (var listing = Files.list(sftpRoot.resolve("downward"))) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }

        // JDBC: one row per record.
        await().atMost(PATIENCE).until(() -> rows("down-genuine-1").size() == 3);
        assertThat(rows("down-genuine-1")).containsExactlyInAnyOrder("G-0", "G-1", "G-2");

        // Audit: received from the province, then delivered to each subscriber.
        await().atMost(PATIENCE).until(() -> trace("G-1").size() == 4);
        assertThat(trace("G-1")).extracting(AuditEntry::kind).containsExactlyInAnyOrder(AuditKind.DOWNWARD,
                AuditKind.DELIVERY, AuditKind.DELIVERY, AuditKind.DELIVERY);
    }

    @Test
    void aBatchEncryptedForTheHubIsOpenedAndDelivered() throws Exception {
        SealedBatch sealed = province.seal("shandong", "down-encrypted-1", records("E", 2), hubKeys.hub().certificate());
        assertThat(sealed.records()).isNull();

        assertThat(push(sealed).statusCode()).isEqualTo(200);

        CallbackServer.Call call = await().atMost(PATIENCE).until(() -> call("down-encrypted-1"), c -> c != null);
        assertThat(ContractsJson.mapper().readTree(call.body()).at("/records/1/recordId").asText()).isEqualTo("E-1");
    }

    @Test
    void aBatchSealedByAnyoneButTheProvinceIsRefusedAndNothingIsPublished() throws Exception {
        long before = published();
        SealingIdentity impostor = DemoKeys.generate("shandong-province-simulator");
        Sealer forger = new Sealer(impostor.signer(), impostor.certificate(), Clock.systemUTC(), Duration.ofHours(1));

        HttpResponse<String> unknown = push(forger.seal("shandong", "down-forged-1", records("F", 1)));
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(json(unknown).get("error").asText()).isEqualTo("UNKNOWN_SIGNER");

        // The hub's own key is trusted for much, but not to speak for the province.
        SealingIdentity hub = hubKeys.hub();
        HttpResponse<String> hubSealed = push(new Sealer(hub.signer(), hub.certificate(), Clock.systemUTC(),
                Duration.ofHours(1)).seal("shandong", "down-forged-2", records("F", 1)));
        assertThat(json(hubSealed).get("error").asText()).isEqualTo("UNKNOWN_SIGNER");

        // The impostor names the province's certificate in the header: the signature gives it away.
        SealedBatch forged = forger.seal("shandong", "down-forged-3", records("F", 1));
        SealHeader h = forged.header();
        SealHeader claimed = new SealHeader(h.formatVersion(), h.sourceId(), h.batchId(), h.createdAt(), h.expiresAt(),
                h.recordCount(), h.merkleRoot(), CertificateRef.of(hubKeys.province()).sm3(),
                CertificateRef.of(hubKeys.province()).subject(), h.payload());
        HttpResponse<String> badSignature = push(new SealedBatch(claimed, Fingerprint.sm3Hex(claimed.canonicalBytes()),
                forged.signature(), forged.records(), null));
        assertThat(badSignature.statusCode()).isEqualTo(403);
        assertThat(json(badSignature).get("error").asText()).isEqualTo("BAD_SIGNATURE");
        assertThat(badSignature.body()).doesNotContain("Exception").doesNotContain("at cn.");

        assertThat(published()).isEqualTo(before);
        assertThat(refusalsAudited("down-forged-1")).isEqualTo(1);
        assertThat(refusalsAudited("down-forged-3")).isEqualTo(1);
    }

    @Test
    void anAlteredRecordIsRefusedNamingTheRecord() throws Exception {
        long before = published();
        ObjectNode envelope = ContractsJson.mapper().valueToTree(province.seal("shandong", "down-altered-1",
                records("A", 3)));
        ((ObjectNode) envelope.at("/records/1/data")).put("fineAmount", "1.00");

        HttpResponse<String> response = post(envelope.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isEqualTo("ALTERED_RECORD");
        assertThat(json(response).get("message").asText()).contains("record 1");
        assertThat(published()).isEqualTo(before);
    }

    @Test
    void aReplayedBatchIsRefusedAndPublishedOnlyOnce() throws Exception {
        byte[] envelope = ContractsJson.mapper().writeValueAsBytes(province.seal("shandong", "down-replay-1",
                records("R", 1)));

        assertThat(post(envelope).statusCode()).isEqualTo(200);
        HttpResponse<String> replay = post(envelope);

        assertThat(replay.statusCode()).isEqualTo(409);
        assertThat(json(replay).get("error").asText()).isEqualTo("REPLAYED");
        await().atMost(PATIENCE).until(() -> call("down-replay-1") != null);
        await().atMost(PATIENCE).until(() -> rows("down-replay-1").size() == 1);
        assertThat(callback.calls().stream().filter(c -> "down-replay-1".equals(c.batchId()))).hasSize(1);
    }

    @Test
    void aBodyThatIsNoEnvelopeIsRefusedAsMalformed() {
        HttpResponse<String> response = post("{\"header\": [1, 2".getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isEqualTo("MALFORMED");
        assertThat(json(response).get("message").asText()).contains("line 1, column");

        HttpResponse<String> incomplete = post("{\"header\": {\"formatVersion\": 1}}".getBytes(StandardCharsets.UTF_8));
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(json(incomplete).get("message").asText()).contains("(header").doesNotContain("DeserializationConfig");
    }

    @Test
    void anOfflineSubscriberReceivesTheWholeBacklogInOrderWhenItReturns() throws Exception {
        callback.stop();
        List<String> ids = List.of("down-offline-1", "down-offline-2", "down-offline-3");
        try {
            for (int i = 0; i < ids.size(); i++) {
                assertThat(push(province.seal("shandong", ids.get(i), records("O" + i, 2))).statusCode()).isEqualTo(200);
            }
            // The other subscribers are not held up by the one that is down.
            await().atMost(PATIENCE).until(() -> rows("down-offline-3").size() == 2);
            // The hub has tried and failed, and the batches wait in the bureau's queue.
            await().atMost(PATIENCE).until(() -> queueDepth("credit.downward.jn-court") == 3
                    && deliveryAttempts("credit.downward.jn-court") > 1);
            assertThat(queueDepth("DLQ.credit.downward.jn-court")).isZero();
            // What operators watch: the backlog of each bureau.
            assertThat(meters.get("credithub.queue.depth").tag("queue", "credit.downward.jn-court").gauge().value())
                    .isEqualTo(3.0);
        } finally {
            callback.restart();
        }

        await().atMost(PATIENCE).until(() -> queueDepth("credit.downward.jn-court") == 0);
        List<String> received = callback.calls().stream().map(CallbackServer.Call::batchId)
                .filter(ids::contains).toList();
        assertThat(received).containsExactlyElementsOf(ids);
    }

    @Test
    void aMessageThatIsNoBatchIsDeadLetteredWithItsReasonAndDoesNotBlockTheQueue() throws Exception {
        ProducerTemplate producer = camel.createProducerTemplate();
        // Whatever lands on the downward address reaches every subscriber's queue.
        producer.sendBody("jms:topic:credit.downward", ExchangePattern.InOnly, "this is not a batch");

        await().atMost(PATIENCE).until(() -> queueDepth("DLQ.credit.downward.jn-court") == 1
                && queueDepth("DLQ.credit.downward.jn-files") == 1 && queueDepth("DLQ.credit.downward.jn-db") == 1);
        var dlq = broker.server().getActiveMQServer().locateQueue("DLQ.credit.downward.jn-court");
        assertThat(dlq.browserIterator().next().getMessage().getStringProperty("CreditHubFailureReason"))
                .contains("JsonParseException");

        assertThat(push(province.seal("shandong", "down-after-poison", records("P", 1))).statusCode()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> call("down-after-poison") != null);
    }

    private static List<AcceptedRecord> records(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(n -> {
            ObjectNode data = SampleRecords.penalty(8800 + n);
            return new AcceptedRecord("ADMIN_PENALTY", prefix + "-" + n, Fingerprint.of("ADMIN_PENALTY", data),
                    data.get("subjectCategory").asText(), data.get("uscc").asText(), data, null);
        }).toList();
    }

    private HttpResponse<String> push(SealedBatch sealed) throws IOException {
        return post(ContractsJson.mapper().writeValueAsBytes(sealed));
    }

    private HttpResponse<String> post(byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/province/downward"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static CallbackServer.Call call(String batchId) {
        return callback.calls().stream().filter(c -> batchId.equals(c.batchId())).findFirst().orElse(null);
    }

    private static List<String> rows(String batchId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(BUREAU_DB, "sa", "");
             var query = connection.prepareStatement("SELECT record_id FROM credit_downward WHERE batch_id = ?")) {
            query.setString(1, batchId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private int refusalsAudited(String batchId) throws SQLException {
        try (Connection connection = repository.getConnection();
             var query = connection.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE kind = ? AND batch_id = ?")) {
            query.setString(1, AuditKind.DOWNWARD_REFUSAL.name());
            query.setString(2, batchId);
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        }
    }

    private List<AuditEntry> trace(String recordId) {
        return audit.trace("ADMIN_PENALTY", "shandong", recordId);
    }

    /** Messages ever added to the subscribers' queues: refused envelopes must add none. */
    private long published() {
        return List.of("jn-court", "jn-files", "jn-db").stream().mapToLong(id -> broker.server().getActiveMQServer()
                .locateQueue("credit.downward." + id).getMessagesAdded()).sum();
    }

    private long deliveryAttempts(String queue) {
        var binding = broker.server().getActiveMQServer().locateQueue(queue);
        try (var messages = binding.browserIterator()) {
            return messages.hasNext() ? messages.next().getDeliveryCount() : 0;
        }
    }
}
