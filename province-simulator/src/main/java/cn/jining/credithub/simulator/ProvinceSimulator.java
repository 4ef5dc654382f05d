package cn.jining.credithub.simulator;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running province simulator (docs/province.md "Simulator"): the province API on one port (HTTPS by default)
 * and the control API on another (plain HTTP, up in every mode). Embeddable ({@link #start}) and standalone
 * ({@link SimulatorMain}). {@link SimulatorMode#DOWN} really closes the province port; leaving it binds the same
 * port again.
 */
public final class ProvinceSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProvinceSimulator.class);
    private final SimulatorSettings settings;
    private final ReceivedStore store = new ReceivedStore();
    private final SimulatorTls tls;
    private final ProvinceApi api;
    private final DownwardPusher pusher;
    private final ExecutorService apiThreads = Executors.newFixedThreadPool(4, named("province-api"));
    private final ExecutorService controlThreads = Executors.newFixedThreadPool(2, named("province-control"));
    private final HttpServer control;
    private volatile SimulatorMode mode = SimulatorMode.UP;
    private HttpServer provinceServer;
    private int port;

    private ProvinceSimulator(SimulatorSettings settings) throws GeneralSecurityException, IOException {
        this.settings = settings;
        this.tls = settings.tls() ? SimulatorTls.generate(settings.host()) : null;
        this.api = new ProvinceApi(settings, store, () -> mode, Clock.systemUTC());
        this.pusher = new DownwardPusher(settings, Clock.systemDefaultZone());
        this.port = settings.port();
        this.provinceServer = bindProvince();
        this.port = provinceServer.getAddress().getPort();
        this.control = HttpServer.create(new InetSocketAddress(settings.host(), settings.controlPort()), 50);
        new ControlApi(this).register(control);
        control.setExecutor(controlThreads);
        control.start();
        if (tls != null && settings.tlsCertificateFile() != null) {
            tls.writePem(settings.tlsCertificateFile());
        }
    }

    /** Starts a simulator; close it to free both ports. */
    public static ProvinceSimulator start(SimulatorSettings settings) {
        try {
            ProvinceSimulator simulator = new ProvinceSimulator(settings);
            LOG.info("Province simulator: province API at {}, control API at {}", simulator.url(), simulator.controlUrl());
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("the province simulator cannot listen on " + settings.host() + ":"
                    + settings.port() + " / " + settings.controlPort(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the province simulator's keys are unusable: " + e.getMessage(), e);
        }
    }

    /** The province API's base URL, e.g. {@code https://127.0.0.1:8091}. */
    public URI url() {
        return URI.create((tls != null ? "https" : "http") + "://" + settings.host() + ":" + port);
    }

    public URI controlUrl() {
        return URI.create("http://" + settings.host() + ":" + control.getAddress().getPort());
    }

    public int port() {
        return port;
    }

    /** The TLS certificate the province API serves (null over plain HTTP): the one certificate a client should trust. */
    public X509Certificate tlsCertificate() {
        return tls == null ? null : tls.certificate();
    }

    String tlsCertificatePem() {
        return tls == null ? null : tls.pem();
    }

    public SimulatorMode mode() {
        return mode;
    }

    /** Switches the behaviour; entering {@link SimulatorMode#DOWN} closes the province port, leaving it re-binds it. */
    public synchronized void mode(SimulatorMode next) {
        if (next == mode) {
            return;
        }
        if (next == SimulatorMode.DOWN) {
            provinceServer.stop(0);
            provinceServer = null;
        } else if (mode == SimulatorMode.DOWN) {
            try {
                provinceServer = bindProvince();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot bind the province port " + port + " again", e);
            }
        }
        LOG.info("Province simulator mode: {} -> {}", mode.wireName(), next.wireName());
        mode = next;
    }

    public ReceivedCounts received() {
        return store.counts();
    }

    /** Every distinct record held, with the source and batch it came in. */
    public List<ReceivedRecord> records() {
        return store.records().stream().map(r -> new ReceivedRecord(r.sourceId(), r.batchId(), r.record())).toList();
    }

    /** Points pushes at {@code url} (the hub's {@code /api/v1/province/downward}). */
    public void hubDownwardUrl(URI url) {
        pusher.hubDownwardUrl(url);
    }

    /** Forgets a batch (null: all of them) as a province restored from an older backup would. */
    public int forget(String sourceId, String batchId) {
        return store.forget(sourceId, batchId);
    }

    /** Pushes {@code records} (null or empty: {@code sampleSize} joint-punishment entries) down to the hub. */
    public PushResult push(List<AcceptedRecord> records, int sampleSize, boolean encrypt)
            throws GeneralSecurityException, IOException, InterruptedException {
        List<AcceptedRecord> batch = records == null || records.isEmpty()
                ? DownwardPusher.jointPunishmentSample(Math.max(1, sampleSize)) : records;
        return pusher.push(batch, encrypt);
    }

    @Override
    public synchronized void close() {
        if (provinceServer != null) {
            provinceServer.stop(0);
        }
        control.stop(0);
        apiThreads.shutdownNow();
        controlThreads.shutdownNow();
    }

    private HttpServer bindProvince() throws IOException {
        InetSocketAddress address = new InetSocketAddress(settings.host(), port);
        HttpServer server;
        if (tls != null) {
            HttpsServer https = HttpsServer.create(address, 50);
            https.setHttpsConfigurator(new HttpsConfigurator(tls.context()));
            server = https;
        } else {
            server = HttpServer.create(address, 50);
        }
        server.createContext(ProvinceApi.BATCHES, api::batches);
        server.createContext(ProvinceApi.ACKNOWLEDGEMENTS, api::acknowledgements);
        server.setExecutor(apiThreads);
        server.start();
        return server;
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
