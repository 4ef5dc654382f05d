package cn.jining.credithub.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.gateway.broker.BrokerProperties;
import cn.jining.credithub.gateway.broker.EmbeddedBroker;
import cn.jining.credithub.repository.CreditRecordStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The hub against an external Artemis, as a production deployment on a broker cluster runs it
 * ({@code credithub.broker.embedded=false}): a separate broker from the same broker.xml, reachable only over
 * TCP on 127.0.0.1. The hub starts no broker of its own, and every record it accepts travels through the
 * external broker's queues to the repository.
 */
// @ExtendWith before @SpringBootTest: JUnit registers extensions in declaration order and runs the afterAll
// callbacks in reverse, so the broker is up before the hub starts and stops only after the hub has shut
// down (@DirtiesContext closes the context after the class instead of leaving it cached with its JMS
// listeners reconnecting to a broker that is gone).
@ExtendWith(ExternalBrokerTest.ExternalArtemis.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "credithub.broker.embedded=false",
        "credithub.intake.records-per-message=" + ExternalBrokerTest.RECORDS_PER_MESSAGE})
@DirtiesContext
class ExternalBrokerTest {

    static final int RECORDS_PER_MESSAGE = 100;
    private static final int RECORDS = 1_000;
    private static final int MESSAGES = RECORDS / RECORDS_PER_MESSAGE;

    private static final int BROKER_PORT = HubTestSupport.freePort();
    // A networked broker always asks for an account (BrokerAccess); made up per run.
    private static final String BROKER_USER = "hub";
    private static final String BROKER_PASSWORD = "broker-" + System.nanoTime();
    private static EmbeddedBroker externalBroker;
    private static Path brokerDataDir;
    private static Path hubDataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    CreditRecordStore store;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("credithub.data-dir", () -> hubDataDir.toString());
        registry.add("credithub.broker.url", () -> "tcp://127.0.0.1:" + BROKER_PORT);
        registry.add("credithub.broker.user", () -> BROKER_USER);
        registry.add("credithub.broker.password", () -> BROKER_PASSWORD);
        registry.add("credithub.demo.enabled", () -> false);
    }

    @Test
    void everyAcceptedRecordTravelsThroughTheExternalBrokerToTheRepository() throws Exception {
        assertThat(context.getBeanNamesForType(EmbeddedBroker.class)).as("embedded broker beans").isEmpty();

        List<SubmittedRecord> records = new ArrayList<>();
        for (int n = 0; n < RECORDS; n++) {
            records.add(SampleRecords.penaltyRecord("EXT-" + n, n));
        }
        HttpResponse<String> response = http.send(SignedSubmissions.forDataDir(hubDataDir).jsonPost(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/submissions"), "jn-amr",
                        HubTestSupport.submissionJson("jn-amr", "ext-1", records)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode receipt = HubTestSupport.json(response);
        assertThat(receipt.get("accepted").asInt()).isEqualTo(RECORDS);
        assertThat(receipt.get("rejected").asInt()).isZero();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(store.countBySource("jn-amr")).isEqualTo(RECORDS);
            assertThat(depth("credit.intake")).as("credit.intake depth").isZero();
            assertThat(depth("credit.accepted.repository")).as("credit.accepted.repository depth").isZero();
        });
        for (int n = 0; n < RECORDS; n++) {
            assertThat(store.find("ADMIN_PENALTY", "jn-amr", "EXT-" + n)).as("EXT-" + n)
                    .hasValueSatisfying(r -> assertThat(r.version()).isEqualTo(1));
        }

        // The traffic went through this broker, once, and the hub's consumers are attached to it over TCP.
        for (String name : List.of("credit.intake", "credit.accepted.repository")) {
            Queue queue = queue(name);
            assertThat(queue.getMessagesAdded()).as("%s messages added", name).isEqualTo(MESSAGES);
            assertThat(queue.getMessagesAcknowledged()).as("%s messages acknowledged", name).isEqualTo(MESSAGES);
            assertThat(queue.getConsumerCount()).as("%s consumers", name).isPositive();
        }
        // The hub's dead-letter queues come from broker.xml on an external broker too, and hold nothing.
        assertThat(depth("DLQ.credit.accepted.repository")).as("dead letters").isZero();
        assertThat(depth("DLQ.credit.intake")).as("dead letters").isZero();
    }

    private static ActiveMQServer externalServer() {
        return externalBroker.server().getActiveMQServer();
    }

    private static Queue queue(String name) {
        Queue queue = externalServer().locateQueue(name);
        assertThat(queue).as("queue %s on the external broker", name).isNotNull();
        return queue;
    }

    /** Messages waiting or in delivery on a queue of the external broker. */
    private static long depth(String name) {
        Queue queue = queue(name);
        return queue.getMessageCount() + queue.getDeliveringCount();
    }

    /**
     * The external broker: the hub's broker.xml (addresses, redelivery, dead letters), its own data folder,
     * one CORE acceptor on 127.0.0.1 and no in-VM acceptor, so the hub can only reach it over TCP.
     */
    static final class ExternalArtemis implements BeforeAllCallback, AfterAllCallback {

        @Override
        public void beforeAll(ExtensionContext extension) throws Exception {
            brokerDataDir = Files.createTempDirectory("credithub-external-broker");
            hubDataDir = Files.createTempDirectory("credithub-test");
            BrokerProperties properties = new BrokerProperties(true, "classpath:broker.xml",
                    brokerDataDir.toString(), List.of("tcp://127.0.0.1:" + BROKER_PORT + "?protocols=CORE"),
                    null, null, null, BROKER_USER, BROKER_PASSWORD, 0, null);
            try (InputStream xml = ExternalBrokerTest.class.getResourceAsStream("/broker.xml")) {
                assertThat(xml).as("broker.xml on the test class path").isNotNull();
                externalBroker = new EmbeddedBroker(properties, xml);
            }
            externalBroker.server().getConfiguration().setName("credit-hub-external");
            externalBroker.start();
        }

        @Override
        public void afterAll(ExtensionContext extension) throws Exception {
            try {
                if (externalBroker != null) {
                    externalBroker.stop();
                }
            } finally {
                externalBroker = null;
                deleteQuietly(brokerDataDir);
                deleteQuietly(hubDataDir);
            }
        }

        private static void deleteQuietly(Path dir) {
            if (dir == null) {
                return;
            }
            try {
                FileSystemUtils.deleteRecursively(dir);
            } catch (IOException e) {
                System.err.println("could not delete " + dir + ": " + e);
            }
        }
    }
}
