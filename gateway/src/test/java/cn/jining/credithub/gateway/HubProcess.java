package cn.jining.credithub.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.awaitility.Awaitility;

/**
 * A hub running in its own JVM on a given data folder, so a test can kill it as a crash would (SIGKILL,
 * no shutdown hooks) and start it again on the same journal and database.
 */
final class HubProcess implements AutoCloseable {

    static final String BROKER_USER = "hub";
    static final String BROKER_PASSWORD = "broker-" + Long.toHexString(System.nanoTime());

    final int httpPort;
    final int brokerPort;
    private final Process process;

    private HubProcess(int httpPort, int brokerPort, Process process) {
        this.httpPort = httpPort;
        this.brokerPort = brokerPort;
        this.process = process;
    }

    static HubProcess start(Path dataDir, Path log, String... extraArgs) throws IOException {
        HubProcess hub = launch(dataDir, log, extraArgs);
        hub.awaitReady();
        return hub;
    }

    /** Starts the hub's JVM and returns at once, before its port opens. */
    static HubProcess launch(Path dataDir, Path log, String... extraArgs) throws IOException {
        int httpPort = HubTestSupport.freePort();
        int brokerPort = HubTestSupport.freePort();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                CreditHubApplication.class.getName(),
                "--server.port=" + httpPort,
                "--credithub.data-dir=" + dataDir,
                "--credithub.province.simulator.port=0", "--credithub.province.simulator.control-port=0",
                "--credithub.demo.enabled=false",
                "--credithub.broker.tcp-port=" + brokerPort,
                // The TCP acceptor asks for an account (BrokerAccess), which the hub connects with as well.
                "--credithub.broker.user=" + BROKER_USER, "--credithub.broker.password=" + BROKER_PASSWORD));
        command.addAll(List.of(extraArgs));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new HubProcess(httpPort, brokerPort, process);
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness")).build();
        Awaitility.await("hub on port " + httpPort + " ready").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the hub process exited with " + process.exitValue());
                    }
                    return http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }

    String base() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** Messages in a queue, asked of the broker over its core acceptor. */
    long queueDepth(String queue) throws Exception {
        try (ServerLocator locator = ActiveMQClient.createServerLocator("tcp://127.0.0.1:" + brokerPort);
             ClientSessionFactory factory = locator.createSessionFactory();
             ClientSession session = factory.createSession(BROKER_USER, BROKER_PASSWORD, false, true, true, false, 0)) {
            return session.queueQuery(SimpleString.of(queue)).getMessageCount();
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** What a power cut or an OOM kill does: no shutdown hook, no graceful stop. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A normal stop (SIGTERM): the hub shuts down gracefully and releases its files. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

}
