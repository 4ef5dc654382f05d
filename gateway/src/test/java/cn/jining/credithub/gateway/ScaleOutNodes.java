package cn.jining.credithub.gateway;

import cn.jining.credithub.repository.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
    private HubProcess b;

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

    /** Round robin over the nodes that are up. */
    HubProcess pick(int turn) {
        List<HubProcess> up = (b != null && b.alive()) ? List.of(a, b) : List.of(a);
        return up.get(turn % up.size());
    }

    void killB() throws InterruptedException {
        b.kill();
    }

    /** Node b again on its data folder, while the stream goes on through node a. */
    void restartB() throws IOException {
        b = null;
        b = HubProcess.start(dir.resolve("node-b"), logs.resolve("node-b.log"), args("node-b"));
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
        for (HubProcess node : new HubProcess[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
    }
}
