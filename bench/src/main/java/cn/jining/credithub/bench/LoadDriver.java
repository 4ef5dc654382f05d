package cn.jining.credithub.bench;

import cn.jining.credithub.contracts.auth.RequestSigner;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.gateway.CreditHubApplication;
import cn.jining.credithub.gateway.security.KeyConfiguration;
import cn.jining.credithub.gateway.security.KeyFolder;
import cn.jining.credithub.repository.CreditRecordStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hub's load driver: starts a hub with embedded defaults on a fresh data folder (or measures a running one,
 * {@code --url}), submits N records over HTTP in requests of {@code --batch} records from several clients, and
 * reports the receipts' rate and latency percentiles and the rate until the last record is in the repository. In
 * the same run it measures raw persistent Artemis send+receive ({@link RawArtemisRate}), so the hub's figure can be
 * read as a ratio to the broker's. It exits when done.
 */
public final class LoadDriver {

    private static final String VM = "vm://77";

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        int status = 0;
        try {
            LoadOptions options = LoadOptions.parse(args);
            System.out.printf(Locale.ROOT, "%nCredit Hub load driver (%d cores, Java %s)%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            System.out.print((options.remote() ? remote(options) : local(options)).report());
        } catch (IllegalArgumentException e) {
            System.err.println("load driver: " + e.getMessage());
            status = 2;
        }
        // Exits even though the hub's or the HTTP client's non-daemon threads may linger.
        System.exit(status);
    }

    /** Starts a hub on a fresh data folder, measures it and the raw broker, and stops it. */
    static LoadFigures local(LoadOptions options) throws Exception {
        Path dataDir = Files.createTempDirectory("credithub-bench");
        List<String> hubArgs = new ArrayList<>(List.of("--server.port=0", "--credithub.data-dir=" + dataDir,
                "--credithub.broker.acceptors=" + VM, "--credithub.broker.url=" + VM,
                "--logging.level.root=WARN", "--logging.level.cn.jining=WARN",
                // Not the demo's SFTP server and staging database (a fixed port, and polls beside the measurement).
                "--credithub.demo.enabled=false",
                "--credithub.intake.records-per-message=" + options.recordsPerMessage()));
        hubArgs.addAll(options.hubArgs());
        try (ConfigurableApplicationContext hub = new SpringApplicationBuilder(CreditHubApplication.class)
                .run(hubArgs.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) hub).getWebServer().getPort();
            CreditRecordStore store = hub.getBean(CreditRecordStore.class);
            URI submissions = URI.create("http://127.0.0.1:" + port + "/api/v1/submissions");
            KeyFolder keys = hub.getBean(KeyFolder.class);
            RequestSigner signer = RequestSigner.of(options.source(), KeyFolder.loadIdentity(
                    keys.sourceKeystore(options.source()), KeyConfiguration.DEMO_PASSWORD.toCharArray(), options.source()));
            measured(store, submissions, signer, options, "warmup", options.warmup());
            long before = store.countBySource(options.source());
            long start = System.nanoTime();
            LoadClients.Seen seen = LoadClients.send(submissions, signer, options.source(), "load", options.records(),
                    options.batch(), options.clients());
            awaitStored(store, options.source(), before + options.records());
            double endToEnd = (System.nanoTime() - start) / 1e9;
            int recordBytes = SampleRecords.penalty(1).toString().getBytes(StandardCharsets.UTF_8).length;
            RawArtemisRate.Figures raw = RawArtemisRate.measure(VM, recordBytes, options.rawMessages(), options.rawTx());
            String url = hub.getEnvironment().getProperty("spring.datasource.url", "?");
            String repository = url.startsWith("jdbc:h2:") ? "H2 (file)"
                    : url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : url.replaceFirst("[?;].*", "");
            return new LoadFigures(repository, options.records(), options.batch(), options.clients(), seen.seconds(),
                    endToEnd, seen, raw.sendAndReceivePerSecond());
        }
    }

    /** Measures the receipts of a running hub as one of its sources would see them. */
    static LoadFigures remote(LoadOptions options) throws Exception {
        String password = System.getenv("CREDITHUB_KEYSTORE_PASSWORD");
        if (password == null) {
            throw new IllegalArgumentException("set CREDITHUB_KEYSTORE_PASSWORD to the keystore's password");
        }
        RequestSigner signer = RequestSigner.of(options.source(), KeyFolder.loadIdentity(Path.of(options.keystore()),
                password.toCharArray(), options.source()));
        URI submissions = URI.create(options.url().replaceFirst("/$", "") + "/api/v1/submissions");
        // Batch ids are used once per source: a prefix of this run's own.
        String prefix = "bench-" + System.currentTimeMillis();
        LoadClients.send(submissions, signer, options.source(), prefix + "-w", options.warmup(), options.batch(),
                options.clients());
        LoadClients.Seen seen = LoadClients.send(submissions, signer, options.source(), prefix, options.records(),
                options.batch(), options.clients());
        return new LoadFigures(options.url(), options.records(), options.batch(), options.clients(), seen.seconds(),
                Double.NaN, seen, Double.NaN);
    }

    private static void measured(CreditRecordStore store, URI submissions, RequestSigner signer, LoadOptions options,
                                 String prefix, int records) throws Exception {
        long before = store.countBySource(options.source());
        LoadClients.send(submissions, signer, options.source(), prefix, records, options.batch(), options.clients());
        awaitStored(store, options.source(), before + records);
    }

    private static void awaitStored(CreditRecordStore store, String sourceId, long count) throws InterruptedException {
        while (store.countBySource(sourceId) < count) {
            Thread.sleep(5); // a load driver's poll, not a test: it measures, it asserts nothing
        }
    }
}
