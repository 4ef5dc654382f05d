package cn.jining.credithub.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.adapters.repository.RepositoryDestinationRoute;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.sample.SampleRecords;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The hub's data folder (broker journal and H2 repository) on a 192 MiB tmpfs the test mounts: filled below the
 * free-space threshold, readiness goes DOWN and submissions are answered 503; filled to the last byte, the repository
 * writer's H2 writes fail; freed, the hub takes submissions again and the queued records reach the repository,
 * without a restart. Needs root and {@code mount} (a container without them skips, saying so).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class DiskFullTest extends HubTestSupport {

    private static final long MIB = 1024 * 1024;
    private static Path mount;
    private static String notMounted;

    @Autowired
    CamelContext camel;
    @Autowired
    DataSource dataSource;
    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        hubProperties(registry);
        cn.jining.credithub.gateway.console.ConsoleAccounts.register(registry);
        mount = Files.createTempDirectory("credithub-disk");
        Process process = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=192m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            notMounted = "cannot mount a size-limited tmpfs here (needs root and mount): " + output.trim();
        }
        // Replaces hubProperties' data folder: everything the hub writes goes to the small file system.
        registry.add("credithub.data-dir", mount::toString);
        registry.add("credithub.disk.min-free", () -> "48MB");
        registry.add("credithub.province.enabled", () -> "false");
    }

    @AfterAll
    static void unmount() throws Exception {
        if (notMounted == null) {
            // Lazy: the hub's files are still open until the context closes after this class.
            new ProcessBuilder("umount", "-l", mount.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFullDataFolderTakesTheHubOutOfReadinessAndItRecoversWhenSpaceReturns() throws Exception {
        Assumptions.assumeTrue(notMounted == null, notMounted);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(submit(DEFAULT_SIGNER, "disk-1", records("DISK-1")).statusCode()).isEqualTo(200);
        // Queued for the repository while the disk fills; its writer is held back until the disk is full.
        camel.getRouteController().stopRoute(RepositoryDestinationRoute.ROUTE_ID);
        assertThat(submit(DEFAULT_SIGNER, "disk-2", records("DISK-2")).statusCode()).isEqualTo(200);

        // Short of space (40 MiB left, under the 48 MiB minimum), far from the broker's 95 % limit.
        Path shortFiller = mount.resolve("filler-short");
        fill(shortFiller, usable() - 40 * MIB);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HttpResponse<String> readiness = get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(json(readiness).at("/components/dataFolder/status").asText()).isEqualTo("DOWN");
        });
        HttpResponse<String> refused = submit(DEFAULT_SIGNER, "disk-3", records("DISK-3"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(json(refused).get("error").asText()).isEqualTo("UNAVAILABLE");
        assertThat(json(refused).get("message").asText()).contains(mount.toString());
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();

        // Full to the last byte: the repository writer's H2 write fails, and H2 closes the database.
        Path fullFiller = mount.resolve("filler-full");
        fill(fullFiller, Long.MAX_VALUE);
        double failuresBefore = repositoryFailures();
        camel.getRouteController().startRoute(RepositoryDestinationRoute.ROUTE_ID);
        await().atMost(Duration.ofSeconds(30)).until(() -> repositoryFailures() > failuresBefore);

        Files.delete(fullFiller);
        Files.delete(shortFiller);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> get("/actuator/health/readiness").statusCode() == 200);
        // No restart: the queued batch reaches the repository, the refused one is accepted when sent again. (The
        // test's own pooled connection may still be one H2 closed: its first use evicts it.)
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> repositoryCount("DISK-2") == 1);
        // A pooled connection H2 closed is evicted on its first use, which answers 503 (send again), never 500.
        List<Integer> answers = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            answers.add(submit(DEFAULT_SIGNER, "disk-3", records("DISK-3")).statusCode());
            return answers.get(answers.size() - 1) == 200;
        });
        assertThat(answers).allMatch(status -> status == 200 || status == 503);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> repositoryCount("DISK-3") == 1);
    }

    private static long usable() throws IOException {
        return Files.getFileStore(mount).getUsableSpace();
    }

    /** Writes up to {@code bytes} bytes (allocated, not sparse) into {@code file}, or until the file system is full. */
    private static void fill(Path file, long bytes) throws IOException {
        ByteBuffer block = ByteBuffer.allocate((int) MIB);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long written = 0;
            while (written < bytes) {
                block.clear().limit((int) Math.min(MIB, bytes - written));
                written += channel.write(block);
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
    }

    private double repositoryFailures() {
        var counter = meters.find("credithub.delivery.failures").tag("destination", "repository").counter();
        return counter == null ? 0 : counter.count();
    }

    private int repositoryCount(String recordId) {
        Integer count = new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM credit_record WHERE record_id = ?", Integer.class, recordId);
        return count == null ? 0 : count;
    }

    private static List<SubmittedRecord> records(String recordId) {
        return List.of(SampleRecords.penaltyRecord(recordId, 2));
    }

    private HttpResponse<String> get(String path) {
        return getAsOperator(path);
    }
}
