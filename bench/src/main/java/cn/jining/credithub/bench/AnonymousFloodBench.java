package cn.jining.credithub.bench;

import cn.jining.credithub.contracts.auth.SignedRequest;
import cn.jining.credithub.gateway.CreditHubApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Anonymous requests cost nothing: starts a hub in a child JVM with a small heap, floods it from N threads with
 * 30 MB posts (unsigned, or with plausible headers whose signature is wrong) for a while, and prints what the
 * clients saw (answers, how much of each body was sent before the answer) and the child's heap, sampled over
 * JMX: peak used and peak live after a collection. Usage: {@code java -cp ... AnonymousFloodBench
 * [--threads 24] [--seconds 60] [--mb 30] [--xmx 256m] [--claimed]}.
 */
public final class AnonymousFloodBench {

    private AnonymousFloodBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int threads = Integer.parseInt(options.getOrDefault("threads", "24"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        long bodyBytes = Long.parseLong(options.getOrDefault("mb", "30")) * 1024 * 1024;
        String xmx = options.getOrDefault("xmx", "256m");
        boolean claimed = options.containsKey("claimed");
        int httpPort = freePort();
        int jmxPort = freePort();
        Path dataDir = Files.createTempDirectory("credithub-flood");
        Path log = dataDir.resolve("hub.log");
        Process hub = startHub(xmx, httpPort, jmxPort, dataDir, log);
        try {
            awaitReady(hub, httpPort);
            try (JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(
                    "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"))) {
                HeapSampler heap = new HeapSampler(jmx.getMBeanServerConnection());
                MemoryUsage before = heap.sample();
                long liveBefore = heap.peakLive.getAndSet(0);
                Flood flood = new Flood(httpPort, bodyBytes, claimed);
                ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
                long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
                pool.submit(() -> heap.sampleUntil(end));
                for (int i = 0; i < threads; i++) {
                    pool.submit(() -> flood.until(end));
                }
                pool.shutdown();
                pool.awaitTermination(seconds + 120L, java.util.concurrent.TimeUnit.SECONDS);
                boolean alive = hub.isAlive() && answers(httpPort);
                String oom = Files.readString(log).contains("OutOfMemoryError") ? "YES" : "no";
                System.out.printf(Locale.ROOT, "%nAnonymous flood: %d threads x %d MiB posts (%s) for %d s, hub -Xmx%s, %d cores%n",
                        threads, bodyBytes >> 20, claimed ? "plausible headers, wrong signature" : "unsigned", seconds,
                        xmx, Runtime.getRuntime().availableProcessors());
                System.out.printf(Locale.ROOT, "  posts answered: %d (%s); connections dropped while sending: %d%n",
                        flood.answered(), flood.statuses, flood.dropped.get());
                System.out.printf(Locale.ROOT, "  body sent before the answer: mean %.1f KiB, max %.1f KiB (of %d KiB)%n",
                        flood.answered() == 0 ? 0 : flood.sentBeforeAnswer.get() / 1024.0 / flood.answered(),
                        flood.maxSentBeforeAnswer.get() / 1024.0, bodyBytes >> 10);
                System.out.printf(Locale.ROOT, "  hub heap (max %d MiB): before %d MiB used, %d MiB live after GC; "
                                + "during the flood peak used %d MiB, peak live after GC %d MiB%n", before.getMax() >> 20,
                        before.getUsed() >> 20, liveBefore >> 20, heap.peakUsed.get() >> 20, heap.peakLive.get() >> 20);
                System.out.printf(Locale.ROOT, "  hub answers after the flood: %s; OutOfMemoryError in its log: %s%n",
                        alive ? "yes" : "NO", oom);
            }
        } finally {
            hub.destroy();
            hub.waitFor();
        }
    }

    private static Process startHub(String xmx, int httpPort, int jmxPort, Path dataDir, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + xmx, "-cp", System.getProperty("java.class.path"),
                // JMX on loopback only, for this run's sampler.
                "-Dcom.sun.management.jmxremote.port=" + jmxPort, "-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort,
                "-Dcom.sun.management.jmxremote.host=127.0.0.1", "-Djava.rmi.server.hostname=127.0.0.1",
                "-Dcom.sun.management.jmxremote.authenticate=false", "-Dcom.sun.management.jmxremote.ssl=false",
                CreditHubApplication.class.getName(), "--server.port=" + httpPort, "--server.address=127.0.0.1",
                "--credithub.data-dir=" + dataDir, "--credithub.demo.enabled=false",
                "--credithub.broker.acceptors=vm://0", "--credithub.broker.url=vm://0",
                "--credithub.province.simulator.port=0", "--credithub.province.simulator.control-port=0",
                "--logging.level.root=WARN"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private static void awaitReady(Process hub, int port) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!answers(port)) {
            if (!hub.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the hub did not start (see its log)");
            }
            // A bench, not a test: polling a child process's readiness has nothing to wait on but time.
            Thread.sleep(250);
        }
    }

    private static boolean answers(int port) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One client's loop: a post's head, then its body in 64 KiB pieces until the hub answers or drops it. */
    private static final class Flood {
        private final int port;
        private final long bodyBytes;
        private final boolean claimed;
        final Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        final AtomicLong dropped = new AtomicLong();
        final AtomicLong sentBeforeAnswer = new AtomicLong();
        final AtomicLong maxSentBeforeAnswer = new AtomicLong();

        Flood(int port, long bodyBytes, boolean claimed) {
            this.port = port;
            this.bodyBytes = bodyBytes;
            this.claimed = claimed;
        }

        long answered() {
            return statuses.values().stream().mapToLong(AtomicLong::get).sum();
        }

        void until(long end) {
            byte[] piece = new byte[64 * 1024];
            java.util.Arrays.fill(piece, (byte) 'x');
            while (System.nanoTime() < end) {
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    socket.setSoTimeout(60_000);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = socket.getInputStream();
                    out.write(head().getBytes(StandardCharsets.ISO_8859_1));
                    long sent = 0;
                    while (sent < bodyBytes && in.available() == 0) {
                        int n = (int) Math.min(piece.length, bodyBytes - sent);
                        out.write(piece, 0, n);
                        sent += n;
                    }
                    byte[] status = in.readNBytes(12);
                    String code = new String(status, StandardCharsets.ISO_8859_1).substring(9);
                    statuses.computeIfAbsent(code, c -> new AtomicLong()).incrementAndGet();
                    sentBeforeAnswer.addAndGet(sent);
                    maxSentBeforeAnswer.accumulateAndGet(sent, Math::max);
                } catch (IOException | StringIndexOutOfBoundsException e) {
                    dropped.incrementAndGet();
                }
            }
        }

        private String head() {
            StringBuilder head = new StringBuilder("POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + bodyBytes + "\r\n");
            if (claimed) {
                head.append(SignedRequest.SOURCE_HEADER).append(": jn-amr\r\n")
                        .append(SignedRequest.TIMESTAMP_HEADER).append(": ").append(SignedRequest.timestamp(Instant.now()))
                        .append("\r\n").append(SignedRequest.SIGNATURE_HEADER).append(": AAAA\r\n");
            }
            return head.append("\r\n").toString();
        }
    }

    /** The child's heap over JMX: the peak used (garbage included) and the peak left after a collection. */
    private static final class HeapSampler {
        private final MBeanServerConnection server;
        final AtomicLong peakUsed = new AtomicLong();
        final AtomicLong peakLive = new AtomicLong();

        HeapSampler(MBeanServerConnection server) {
            this.server = server;
        }

        MemoryUsage sample() throws Exception {
            MemoryUsage heap = MemoryUsage.from((CompositeData) server.getAttribute(
                    new ObjectName("java.lang:type=Memory"), "HeapMemoryUsage"));
            peakUsed.accumulateAndGet(heap.getUsed(), Math::max);
            long live = 0;
            for (ObjectName pool : server.queryNames(new ObjectName("java.lang:type=MemoryPool,*"), null)) {
                if (MemoryType.HEAP.name().equals(String.valueOf(server.getAttribute(pool, "Type")))) {
                    Object after = server.getAttribute(pool, "CollectionUsage");
                    live += after == null ? 0 : MemoryUsage.from((CompositeData) after).getUsed();
                }
            }
            peakLive.accumulateAndGet(live, Math::max);
            return heap;
        }

        Void sampleUntil(long end) throws Exception {
            while (System.nanoTime() < end) {
                sample();
                // Sampling period: a bench's clock, nothing to wait on.
                Thread.sleep(100);
            }
            return null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            options.put(name, name.equals("claimed") ? "true" : args[++i]);
        }
        return options;
    }
}
