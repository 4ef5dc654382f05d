package cn.jining.credithub.bench;

import cn.jining.credithub.contracts.auth.RequestSigner;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.gateway.CreditHubApplication;
import cn.jining.credithub.gateway.security.KeyConfiguration;
import cn.jining.credithub.gateway.security.KeyFolder;
import cn.jining.credithub.repository.CreditRecordStore;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hub's load driver: starts a hub with embedded defaults on a fresh data folder, submits N records
 * over HTTP in batches from several clients, and reports records per second until the last one is in the
 * repository. In the same run it measures raw persistent Artemis send+receive of messages of one record's
 * size ({@link RawArtemisRate}), so the hub's figure can be read as a ratio to the broker's.
 */
public final class LoadDriver {

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        List<String> hubArgs = new ArrayList<>(List.of("--server.port=0", "--credithub.data-dir=PLACEHOLDER",
                "--credithub.broker.acceptors=vm://77", "--credithub.broker.url=vm://77",
                "--logging.level.root=WARN", "--logging.level.cn.jining=WARN",
                // Not the demo's SFTP server and staging database (a fixed port, and polls beside the measurement).
                "--credithub.demo.enabled=false",
                "--credithub.intake.records-per-message=" + options.recordsPerMessage));
        hubArgs.addAll(options.hubArgs);
        Path dataDir = Files.createTempDirectory("credithub-bench");
        String vm = "vm://77";
        hubArgs.set(1, "--credithub.data-dir=" + dataDir);
        try (ConfigurableApplicationContext hub = new SpringApplicationBuilder(CreditHubApplication.class)
                .run(hubArgs.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) hub).getWebServer().getPort();
            CreditRecordStore store = hub.getBean(CreditRecordStore.class);
            int recordBytes = SampleRecords.penalty(1).toString().getBytes(StandardCharsets.UTF_8).length;

            // Signed like a bureau's client (docs/rest-api.md, Authentication), with the demo identity the hub made.
            KeyFolder keys = hub.getBean(KeyFolder.class);
            RequestSigner signer = RequestSigner.of("jn-amr", KeyFolder.loadIdentity(keys.sourceKeystore("jn-amr"),
                    KeyConfiguration.DEMO_PASSWORD.toCharArray(), "jn-amr"));
            System.out.printf(Locale.ROOT, "warm-up: %d records%n", options.warmup);
            run(port, store, "warmup", options.warmup, options, signer);
            Result result = run(port, store, "load", options.records, options, signer);
            RawArtemisRate.Figures raw = RawArtemisRate.measure(vm, recordBytes, options.rawMessages, options.rawTx);

            System.out.printf(Locale.ROOT, "%nCredit Hub load driver (%d cores, Java %s)%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            System.out.printf(Locale.ROOT, "  repository: %s%n", hub.getEnvironment().getProperty("spring.datasource.url"));
            System.out.printf(Locale.ROOT, "  records: %d in batches of %d from %d clients, %d records per queued message; "
                    + "one record ~%d bytes of JSON%n", options.records, options.batch, options.clients,
                    options.recordsPerMessage, recordBytes);
            System.out.printf(Locale.ROOT, "  hub, HTTP receipts:          %,10.0f records/s (%.2f s)%n",
                    options.records / result.acceptSeconds, result.acceptSeconds);
            System.out.printf(Locale.ROOT, "  hub, end to end (repository): %,10.0f records/s (%.2f s)%n",
                    options.records / result.endToEndSeconds, result.endToEndSeconds);
            System.out.printf(Locale.ROOT, "  raw Artemis, %d-byte persistent messages, transactions of %d: "
                    + "send %,.0f/s, receive %,.0f/s, send+receive %,.0f msg/s%n", recordBytes, options.rawTx,
                    raw.sendPerSecond(), raw.receivePerSecond(), raw.sendAndReceivePerSecond());
            System.out.printf(Locale.ROOT, "  raw Artemis, same size, one durable send at a time (each waits for its sync): %,.0f msg/s%n",
                    raw.syncSendPerSecond());
            System.out.printf(Locale.ROOT, "  ratio hub end-to-end records/s : raw transacted send+receive msg/s = %.2f%n",
                    (options.records / result.endToEndSeconds) / raw.sendAndReceivePerSecond());
            System.out.printf(Locale.ROOT, "  heap used after the run: %d MiB%n",
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024));
        }
    }

    private record Result(double acceptSeconds, double endToEndSeconds) {
    }

    private static Result run(int port, CreditRecordStore store, String prefix, int records, Options options,
                              RequestSigner signer) throws Exception {
        List<byte[]> bodies = bodies(prefix, records, options.batch);
        long before = store.countBySource("jn-amr");
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/submissions");
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(options.clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < options.clients; c++) {
            futures.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i)));
                    signer.headers("POST", uri.getRawPath(), bodies.get(i)).forEach(request::header);
                    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("batch " + i + ": HTTP " + response.statusCode() + " " + response.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double acceptSeconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        while (store.countBySource("jn-amr") < before + records) {
            Thread.onSpinWait();
            Thread.sleep(5); // a load driver's poll, not a test: it measures, it asserts nothing
        }
        return new Result(acceptSeconds, (System.nanoTime() - start) / 1e9);
    }

    private static List<byte[]> bodies(String prefix, int records, int batch) {
        List<byte[]> bodies = new ArrayList<>();
        for (int from = 0; from < records; from += batch) {
            ObjectNode submission = ContractsJson.mapper().createObjectNode();
            submission.put("sourceId", "jn-amr");
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

    /** Command-line options, {@code --name value}. */
    private record Options(int records, int warmup, int batch, int clients, int recordsPerMessage, int rawMessages,
                           int rawTx, List<String> hubArgs) {
        static Options parse(String[] args) {
            java.util.Map<String, Integer> values = new java.util.HashMap<>(java.util.Map.of(
                    "records", 100_000, "warmup", 10_000, "batch", 1_000, "clients", 4,
                    "records-per-message", 500, "raw-messages", 50_000, "raw-tx", 100));
            List<String> hubArgs = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i].startsWith("--spring.") || args[i].startsWith("--credithub.")) {
                    hubArgs.add(args[i]); // settings of the hub under test, e.g. --spring.datasource.url=...
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + args[i] + " needs a value");
                }
                String name = args[i].replaceFirst("^--", "");
                if (!values.containsKey(name)) {
                    throw new IllegalArgumentException("unknown option --" + name + "; known: " + values.keySet());
                }
                values.put(name, Integer.parseInt(args[++i]));
            }
            return new Options(values.get("records"), values.get("warmup"), values.get("batch"), values.get("clients"),
                    values.get("records-per-message"), values.get("raw-messages"), values.get("raw-tx"), hubArgs);
        }
    }
}
