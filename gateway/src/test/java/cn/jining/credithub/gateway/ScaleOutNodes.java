package cn.jining.credithub.gateway;

import cn.jining.credithub.repository.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The scale-out test's two hub nodes: separate JVMs with their own data folders, one key folder (one hub identity and
 * the same sources' certificates), one PostgreSQL schema, and the broker pair's HA URL.
 */
final class ScaleOutNodes implements AutoCloseable {

    final Path keysHome;
    private final Path dir;
    private final Path logs;
    private final String brokerUrl;
    private final String databaseUrl;
    private HubProcess a;
    private volatile HubProcess b;
    private CompletableFuture<Void> restart;

    ScaleOutNodes(Path dir, Path logs, String brokerUrl, TestDatabases.PostgreSql database) throws IOException {
        this.dir = dir;
        this.logs = logs;
        this.brokerUrl = brokerUrl;
        this.keysHome = Files.createDirectories(dir.resolve("shared"));
        String pg = System.getenv().getOrDefault("CREDITHUB_TEST_PG_URL", TestDatabases.DEFAULT_PG_URL);
        this.databaseUrl = pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + database.schema();
    }

    /** Node a first (it makes the demo keys both use), then node b. */
    void startBoth() throws IOException {
        a = HubProcess.start(Files.createDirectories(dir.resolve("node-a")), logs.resolve("node-a.log"), args("node-a"));
        b = HubProcess.start(Files.createDirectories(dir.resolve("node-b")), logs.resolve("node-b.log"), args("node-b"));
    }

    /** Round robin over the nodes that are up and ready, as a load balancer's health check would. */
    HubProcess pick(int turn) {
        HubProcess second = b;
        List<HubProcess> up = second != null && second.alive() ? List.of(a, second) : List.of(a);
        return up.get(turn % up.size());
    }

    /** Kills node b (-9) and starts it again on its data folder; it takes work again once it is ready. */
    CompletableFuture<Void> killAndRestartB() throws InterruptedException {
        HubProcess killed = b;
        b = null;
        killed.kill();
        restart = CompletableFuture.runAsync(() -> {
            try {
                b = HubProcess.start(dir.resolve("node-b"), logs.resolve("node-b.log"), args("node-b"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return restart;
    }

    private String[] args(String node) {
        return new String[] {
                "--credithub.node-id=" + node,
                "--credithub.keys.dir=" + keysHome.resolve("keys"),
                "--credithub.broker.embedded=false",
                "--credithub.broker.url=" + brokerUrl,
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + System.getenv().getOrDefault("CREDITHUB_TEST_PG_USER", "postgres"),
                // Each node would start its own province simulator; the province link is left out of this test.
                "--credithub.province.enabled=false", "--credithub.province.simulator.enabled=false",
                "--credithub.sftp.processed-files=database"};
    }

    @Override
    public void close() throws InterruptedException {
        if (restart != null) {
            // A node still starting is closed once it is up, never left running.
            try {
                restart.get(120, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                System.err.println("node b did not come back: " + e);
            }
        }
        for (HubProcess node : new HubProcess[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
    }
}
