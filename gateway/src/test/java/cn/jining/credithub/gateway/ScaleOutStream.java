package cn.jining.credithub.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The scale-out test's submitting side: one source sending signed batches alternately to the hub nodes that are up,
 * each batch again until it is accepted, as a source behind a load balancer would.
 */
final class ScaleOutStream {

    private static final int MAX_ATTEMPTS = 300;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScaleOutNodes nodes;
    private final long started = System.nanoTime();
    private int attempts;
    private int refused;

    ScaleOutStream(ScaleOutNodes nodes) {
        this.nodes = nodes;
    }

    /** Sends batch {@code b} until a node accepts all its records. */
    void submit(int b, List<SubmittedRecord> records) throws Exception {
        for (int attempt = 0; ; attempt++) {
            attempts++;
            HubProcess node = nodes.pick(b + attempt);
            // A new batch id per attempt: the hub takes a batch id once (replay protection), and an attempt whose
            // answer was lost may have been accepted; the records' content is the same, so it changes nothing.
            String batchId = "scale-" + b + "-" + attempt;
            try {
                HttpRequest request = SignedSubmissions.forDataDir(nodes.keysHome).jsonPost(
                        URI.create(node.base() + "/api/v1/submissions"), "jn-amr",
                        HubTestSupport.submissionJson("jn-amr", batchId, records));
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    assertThat(HubTestSupport.json(response).get("accepted").asInt()).as(response.body())
                            .isEqualTo(records.size());
                    return;
                }
                assertThat(response.statusCode()).as("batch %s: %s", batchId, response.body()).isEqualTo(503);
            } catch (IOException e) {
                // The node is down (killed): the next attempt goes to the other one.
            }
            refused++;
            assertThat(attempt).as("attempts for batch %d", b).isLessThan(MAX_ATTEMPTS);
            await().pollDelay(Duration.ofMillis(100)).until(() -> true);
        }
    }

    /** How long the stream took and how many requests it needed. */
    String summary() {
        long ms = (System.nanoTime() - started) / 1_000_000;
        return "in " + ms + " ms (" + attempts + " requests, " + refused + " refused or unanswered)";
    }
}
