package cn.jining.credithub.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Artemis primary/backup pair of config/broker-ha, driven through its own script (broker-pair.sh) as an operator
 * would: separate broker processes from the official distribution, on free loopback ports, a kill -9 away.
 */
final class BrokerPair implements AutoCloseable {

    static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SCRIPT = PROJECT.resolve("config/broker-ha/broker-pair.sh");
    private final Path artemisHome;
    private final Path base;
    final int primaryPort = HubTestSupport.freePort();
    final int backupPort = HubTestSupport.freePort();

    BrokerPair(Path artemisHome, Path base) {
        this.artemisHome = artemisHome;
        this.base = base;
    }

    /** Where the scale-out profile unpacks the distribution (system property credithub.artemis.home). */
    static Path distribution() {
        return Path.of(System.getProperty("credithub.artemis.home",
                PROJECT.resolve("config/target/apache-artemis-2.40.0").toString()));
    }

    /** The URL hub nodes connect with: both brokers, failing over by themselves, reconnecting for ever. */
    String haUrl() {
        return "(tcp://127.0.0.1:" + primaryPort + ",tcp://127.0.0.1:" + backupPort + ")?ha=true"
                + "&reconnectAttempts=-1&retryInterval=200&retryIntervalMultiplier=1.5&maxRetryInterval=2000";
    }

    /** Creates the instances if needed and starts both, returning once the backup is in sync with the primary. */
    void start() throws IOException, InterruptedException {
        script("start");
    }

    /** What a power cut does to the primary: SIGKILL, no shutdown. */
    void killPrimary() throws IOException, InterruptedException {
        long pid = Long.parseLong(script("pid", "primary").strip());
        ProcessHandle broker = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no primary " + pid));
        broker.destroyForcibly();
        broker.onExit().join();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        script("stop");
    }

    private String script(String... args) throws IOException, InterruptedException {
        Path log = base.resolve("broker-pair-" + args[0] + ".log");
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("ARTEMIS_HOME", artemisHome.toString());
        env.put("CREDITHUB_HA_BASE", base.toString());
        env.put("CREDITHUB_HA_PRIMARY_PORT", String.valueOf(primaryPort));
        env.put("CREDITHUB_HA_BACKUP_PORT", String.valueOf(backupPort));
        env.put("CREDITHUB_HA_JAVA_MEMORY", "384M");
        env.put("CREDITHUB_BROKER_USER", HubProcess.BROKER_USER);
        env.put("CREDITHUB_BROKER_PASSWORD", HubProcess.BROKER_PASSWORD);
        env.put("CREDITHUB_HA_CLUSTER_USER", "cluster");
        env.put("CREDITHUB_HA_CLUSTER_PASSWORD", "cluster-" + HubProcess.BROKER_PASSWORD);
        Process process = builder.start();
        if (!process.waitFor(150, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("broker-pair.sh " + args[0] + " did not finish in 150 s; see " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("broker-pair.sh " + String.join(" ", args) + " failed: " + output);
        }
        return output;
    }
}
