package cn.jining.credithub.bench;

import cn.jining.credithub.contracts.auth.RequestSigner;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.sample.SampleRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The driver's clients: signed submissions of valid penalty records, sent from several threads over real HTTP,
 * each request's latency kept for the percentiles.
 */
final class LoadClients {

    /** What the clients saw: the time until the last receipt, and every request's latency in nanoseconds. */
    record Seen(double seconds, long[] latencies) {

        double percentileMillis(double p) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    private LoadClients() {
    }

    static Seen send(URI submissions, RequestSigner signer, String sourceId, String prefix, int records, int batch,
                     int clients) throws Exception {
        List<byte[]> bodies = bodies(sourceId, prefix, records, batch);
        long[] latencies = new long[bodies.size()];
        HttpClient http = HttpClient.newHttpClient();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                        HttpRequest.Builder request = HttpRequest.newBuilder(submissions)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i)));
                        signer.headers("POST", submissions.getRawPath(), bodies.get(i)).forEach(request::header);
                        long sent = System.nanoTime();
                        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - sent;
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("request " + i + ": HTTP " + response.statusCode() + " "
                                    + response.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            return new Seen((System.nanoTime() - start) / 1e9, latencies);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<byte[]> bodies(String sourceId, String prefix, int records, int batch) {
        List<byte[]> bodies = new ArrayList<>();
        for (int from = 0; from < records; from += batch) {
            ObjectNode submission = ContractsJson.mapper().createObjectNode();
            submission.put("sourceId", sourceId);
            submission.put("batchId", prefix + "-" + from);
            var array = submission.putArray("records");
            for (int n = from; n < Math.min(records, from + batch); n++) {
                SubmittedRecord record = SampleRecords.penaltyRecord(prefix + "-" + n, n);
                array.add(ContractsJson.mapper().valueToTree(record));
            }
            bodies.add(submission.toString().getBytes(StandardCharsets.UTF_8));
        }
        return bodies;
    }
}
