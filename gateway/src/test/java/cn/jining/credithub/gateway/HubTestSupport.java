package cn.jining.credithub.gateway;

import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.gateway.broker.EmbeddedBroker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    protected final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;
    @Autowired
    protected EmbeddedBroker broker;

    /** Call from each test class's {@code @DynamicPropertySource}. */
    protected static void hubProperties(DynamicPropertyRegistry registry) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("credithub-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String vm = "vm://" + BROKER_IDS.incrementAndGet();
        registry.add("credithub.data-dir", dataDir::toString);
        registry.add("credithub.broker.acceptors", () -> vm);
        registry.add("credithub.broker.url", () -> vm);
    }

    protected HttpResponse<String> post(String contentType, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/submissions"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected HttpResponse<String> submit(String sourceId, String batchId, List<SubmittedRecord> records) {
        return post("application/json", submissionJson(sourceId, batchId, records).getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
