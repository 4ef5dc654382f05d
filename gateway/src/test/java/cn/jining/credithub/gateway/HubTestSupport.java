package cn.jining.credithub.gateway;

import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.gateway.broker.EmbeddedBroker;
import cn.jining.credithub.gateway.security.KeyFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Starts each test class's hub on its own data folder and in-VM broker id, with the real HTTP server on
 * a free port, and gives tests an HTTP client for the REST channel and a view of the broker's queues.
 */
public abstract class HubTestSupport {

    private static final AtomicInteger BROKER_IDS = new AtomicInteger(100);
    /** The source that signs requests whose body names no usable source (malformed bodies and the like). */
    protected static final String DEFAULT_SIGNER = "jn-amr";
    protected final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;
    @Autowired
    protected EmbeddedBroker broker;
    @Autowired
    private KeyFolder keyFolder;
    private SignedSubmissions signed;

    /** Call from each test class's {@code @DynamicPropertySource}. */
    protected static void hubProperties(DynamicPropertyRegistry registry) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("credithub-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int brokerId = BROKER_IDS.incrementAndGet();
        String vm = "vm://" + brokerId;
        registry.add("credithub.data-dir", dataDir::toString);
        registry.add("credithub.broker.acceptors", () -> vm);
        registry.add("credithub.broker.url", () -> vm);
        // Its own JMX names: a hub of another class in this JVM, closing, unregisters the MBeans of its broker's name.
        registry.add("credithub.broker.name", () -> "credit-hub-" + brokerId);
        // The demo's in-process province simulator on free ports, never the fixed demo ones.
        registry.add("credithub.province.simulator.port", () -> 0);
        registry.add("credithub.province.simulator.control-port", () -> 0);
        // No demo SFTP server and staging database (and their sources) unless a test turns them on (DemoSourcesTest).
        registry.add("credithub.demo.enabled", () -> false);
    }

    /**
     * For a test that replaces the source registry: registers {@link #DEFAULT_SIGNER} as a REST source at
     * {@code index}, so {@link #post(String, byte[])} can still authenticate (its demo key is made at start-up).
     */
    protected static void signingSource(DynamicPropertyRegistry registry, int index) {
        registerBureau(registry, index, DEFAULT_SIGNER, "济宁市市场监督管理局", "rest");
    }

    /**
     * Registers source {@code index}: a city-wide bureau that may submit ADMIN_PENALTY on {@code channel}.
     * Returns its property prefix ({@code credithub.sources[i].}) for the channel's own settings.
     */
    public static String registerBureau(DynamicPropertyRegistry registry, int index, String id, String name,
                                        String channel) {
        String entry = "credithub.sources[" + index + "].";
        registry.add(entry + "id", () -> id);
        registry.add(entry + "name", () -> name);
        registry.add(entry + "kind", () -> "bureau");
        registry.add(entry + "region", () -> "370800");
        registry.add(entry + "channel", () -> channel);
        registry.add(entry + "categories[0]", () -> "ADMIN_PENALTY");
        return entry;
    }

    /** A loopback port that is free now: once its probe socket is closed nothing listens there. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request signed by the source {@code jn-amr}, whatever the body holds (docs/rest-api.md, Authentication). */
    protected HttpResponse<String> post(String contentType, byte[] body) {
        return post(DEFAULT_SIGNER, contentType, body);
    }

    /** A request signed by {@code sourceId} with its demo identity from the hub's key folder. */
    protected HttpResponse<String> post(String sourceId, String contentType, byte[] body) {
        return send(signed().post(submissionsUrl(), sourceId, body).header("Content-Type", contentType).build());
    }

    protected URI submissionsUrl() {
        return URI.create("http://127.0.0.1:" + port + "/api/v1/submissions");
    }

    /** The signer of this hub's demo sources. */
    protected SignedSubmissions signed() {
        if (signed == null) {
            signed = new SignedSubmissions(keyFolder);
        }
        return signed;
    }

    protected HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET as the console's operator, who alone sees health components and their details. */
    protected HttpResponse<String> getAsOperator(String path) {
        return send(cn.jining.credithub.gateway.console.ConsoleAccounts.asOperator(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))).build());
    }

    protected HttpResponse<String> submit(String sourceId, String batchId, List<SubmittedRecord> records) {
        return post(sourceId, "application/json",
                submissionJson(sourceId, batchId, records).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    protected static String submissionJson(String sourceId, String batchId, List<SubmittedRecord> records) {
        ObjectNode submission = ContractsJson.mapper().createObjectNode();
        submission.put("sourceId", sourceId);
        submission.put("batchId", batchId);
        records.forEach(r -> submission.withArray("records").add(ContractsJson.mapper().valueToTree(r)));
        return submission.toString();
    }

    protected static JsonNode json(HttpResponse<String> response) {
        try {
            return ContractsJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Messages waiting or in delivery on a queue of the embedded broker. */
    protected long queueDepth(String queue) {
        var binding = broker.server().getActiveMQServer().locateQueue(queue);
        return binding.getMessageCount() + binding.getDeliveringCount();
    }
}
