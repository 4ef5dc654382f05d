package cn.jining.credithub.bench;

import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.gateway.CreditHubApplication;
import cn.jining.credithub.gateway.sftp.KnownHosts;
import cn.jining.credithub.repository.CreditRecordStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The SFTP channel under load: generates a CSV of N penalty rows at run time, serves it from a local SFTP
 * server (MINA SSHD) to a hub started with one sftp source, and reports rows per second to the file's receipt
 * and to the repository, with the peak heap used and the peak heap still live after a collection.
 * Usage: {@code java -Xmx512m [-Dbench.db.url=jdbc:postgresql://...] -cp ... cn.jining.credithub.bench.SftpCsvBench [rows]}
 * (default 200000 rows; the repository is the hub's embedded H2 unless {@code bench.db.url} names another).
 */
public final class SftpCsvBench {

    private static final String PASSWORD = "bench-password";

    private SftpCsvBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path base = Files.createTempDirectory("credithub-sftp-bench");
        Path inbox = Files.createDirectories(base.resolve("root/inbox"));
        Path staged = base.resolve("penalties.csv");
        writeCsv(staged, rows);
        SshServer sftp = SshServer.setUpDefaultServer();
        sftp.setHost("127.0.0.1");
        sftp.setPort(0);
        sftp.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(base.resolve("host.key")));
        sftp.setPasswordAuthenticator((u, p, s) -> "bench".equals(u) && PASSWORD.equals(p));
        sftp.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sftp.setFileSystemFactory(new VirtualFileSystemFactory(base.resolve("root")));
        sftp.start();
        Path knownHosts = base.resolve("known_hosts");
        KnownHosts.write(knownHosts, "127.0.0.1", sftp.getPort(), sftp.getKeyPairProvider());
        String s = "--credithub.sources[0].";
        List<String> hubArgs = new ArrayList<>(List.of("--server.port=0", "--credithub.data-dir=" + base.resolve("data"),
                "--credithub.broker.acceptors=vm://78", "--credithub.broker.url=vm://78",
                "--logging.level.root=WARN", "--logging.level.cn.jining=WARN", "--BENCH_SFTP_PASSWORD=" + PASSWORD,
                // The SFTP channel to the repository only: no province delivery (and no simulator on fixed ports).
                "--credithub.province.enabled=false", "--credithub.province.simulator.enabled=false",
                "--credithub.province.simulator.port=0", "--credithub.province.simulator.control-port=0",
                "--credithub.demo.enabled=false",
                s + "id=jn-sftp-bench", s + "name=济宁市基准测试局", s + "kind=bureau", s + "region=370800",
                s + "channel=sftp", s + "categories[0]=ADMIN_PENALTY",
                s + "mapping[ADMIN_PENALTY].pass-through=true", s + "mapping[ADMIN_PENALTY].rules[0].from=处罚类别",
                s + "mapping[ADMIN_PENALTY].rules[0].to=penaltyKinds",
                s + "mapping[ADMIN_PENALTY].rules[0].convert=split:;；",
                s + "sftp.host=127.0.0.1", s + "sftp.port=" + sftp.getPort(), s + "sftp.directory=inbox",
                s + "sftp.username=bench", s + "sftp.password-env=BENCH_SFTP_PASSWORD", s + "sftp.delay=200ms",
                s + "sftp.read-lock-interval=200ms", s + "sftp.category=ADMIN_PENALTY", s + "sftp.id-column=记录编号",
                s + "sftp.known-hosts-path=" + knownHosts));
        // -Dbench.db.url=jdbc:postgresql://...: the production repository instead of the embedded H2 file, whose
        // append-only store grows to tens of GiB under a million single-batch upserts.
        String dbUrl = System.getProperty("bench.db.url");
        if (dbUrl != null) {
            hubArgs.add("--spring.datasource.url=" + dbUrl);
            hubArgs.add("--spring.datasource.username=" + System.getProperty("bench.db.user", "postgres"));
            hubArgs.add("--spring.datasource.password=");
        }
        try (ConfigurableApplicationContext hub = new SpringApplicationBuilder(CreditHubApplication.class)
                .run(hubArgs.toArray(String[]::new))) {
            CreditRecordStore store = hub.getBean(CreditRecordStore.class);
            HeapWatch heap = HeapWatch.begin();
            long start = System.nanoTime();
            Files.move(staged, inbox.resolve("penalties.csv"), StandardCopyOption.ATOMIC_MOVE);
            Path receipt = inbox.resolve(".done/penalties.csv.receipt.json");
            while (!Files.exists(inbox.resolve(".done/penalties.csv"))) {
                Thread.sleep(20); // a driver polling the outcome, not a test waiting for a guess
            }
            double toReceipt = (System.nanoTime() - start) / 1e9;
            while (store.countBySource("jn-sftp-bench") < rows) {
                Thread.sleep(50);
            }
            double toRepository = (System.nanoTime() - start) / 1e9;
            heap.finish();
            JsonNode answer = new com.fasterxml.jackson.databind.ObjectMapper().readTree(receipt.toFile());
            System.out.printf(Locale.ROOT, "%nSFTP CSV channel: %d rows, %.1f MiB, %d cores, max heap %d MiB%n",
                    rows, Files.size(inbox.resolve(".done/penalties.csv")) / 1048576.0,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(Locale.ROOT, "  receipt %s: %d accepted, %d rejected%n", answer.get("status").asText(),
                    answer.get("accepted").asLong(), answer.get("rejected").asLong());
            System.out.printf(Locale.ROOT, "  drop -> receipt:    %6.1f s  %8.0f rows/s%n", toReceipt, rows / toReceipt);
            System.out.printf(Locale.ROOT, "  drop -> repository: %6.1f s  %8.0f rows/s%n", toRepository, rows / toRepository);
            System.out.printf(Locale.ROOT, "  peak heap used %d MiB, peak live after GC %d MiB%n",
                    heap.peakUsed.get() >> 20, heap.peakLive.get() >> 20);
        } finally {
            sftp.stop(true);
        }
        // The in-VM broker connector leaves non-daemon threads behind after the hub context closes; a benchmark
        // that has printed its figures is done.
        System.exit(0);
    }

    /** Bureau-style export: header row, id column first, kinds as one text, every cell quoted. */
    private static void writeCsv(Path file, int rows) throws Exception {
        ObjectNode first = SampleRecords.penalty(0);
        List<String> columns = new ArrayList<>();
        first.fieldNames().forEachRemaining(columns::add);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("记录编号");
            for (String c : columns) {
                out.write("," + ("penaltyKinds".equals(c) ? "处罚类别" : c));
            }
            out.write("\r\n");
            for (int n = 0; n < rows; n++) {
                ObjectNode row = SampleRecords.penalty(n);
                out.write("B-" + n);
                for (String c : columns) {
                    JsonNode v = row.get(c);
                    String text = v.isArray() ? v.get(0).asText() : v.asText();
                    out.write(",\"" + text.replace("\"", "\"\"") + "\"");
                }
                out.write("\r\n");
            }
        }
    }

    /** Samples the heap every 50 ms: the peak used (garbage included) and the peak left after a collection. */
    private static final class HeapWatch extends Thread {
        final AtomicLong peakUsed = new AtomicLong();
        final AtomicLong peakLive = new AtomicLong();
        private volatile boolean running = true;

        static HeapWatch begin() {
            HeapWatch watch = new HeapWatch();
            watch.setDaemon(true);
            watch.start();
            return watch;
        }

        @Override
        public void run() {
            while (running) {
                long used = 0;
                long live = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) {
                        used += pool.getUsage().getUsed();
                        live += pool.getCollectionUsage() == null ? 0 : pool.getCollectionUsage().getUsed();
                    }
                }
                peakUsed.accumulateAndGet(used, Math::max);
                peakLive.accumulateAndGet(live, Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void finish() {
            running = false;
        }
    }
}
