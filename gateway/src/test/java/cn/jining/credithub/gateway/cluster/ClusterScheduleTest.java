package cn.jining.credithub.gateway.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.repository.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two hub nodes' schedulers on one database, both firing the same job every second: each round runs on exactly one
 * of them (the lock in {@code scheduler_lock}, migration V13_1), on H2 and on the real PostgreSQL.
 */
class ClusterScheduleTest {

    private static final int ROUNDS = 4;

    @TempDir
    Path dir;

    @Test
    void twoNodesRunEachRoundOnceOnH2() throws Exception {
        try (TestDatabases.H2 database = TestDatabases.H2.open(dir.resolve("locks"))) {
            database.migrate();
            assertEachRoundRunsOnce(database.dataSource());
        }
    }

    @Test
    void twoNodesRunEachRoundOnceOnPostgreSql() throws Exception {
        try (TestDatabases.PostgreSql database = TestDatabases.PostgreSql.open("locks_", "scheduled-job lock tests")) {
            Assumptions.assumeTrue(database.skipReason() == null, database.skipReason());
            database.migrate();
            assertEachRoundRunsOnce(database.dataSource());
        }
    }

    private static void assertEachRoundRunsOnce(DataSource dataSource) {
        List<String> runs = Collections.synchronizedList(new ArrayList<>());
        List<ClusterSchedule> nodes = new ArrayList<>();
        try {
            for (String node : List.of("node-a", "node-b")) {
                // As ClusterConfiguration builds it, with a lock kept 700 ms so the other node's trigger of the
                // same second finds it taken, and released before the next second's round.
                ClusterSchedule schedule = new ClusterSchedule(ClusterConfiguration.lockProvider(dataSource, node), Duration.ofMinutes(1),
                        Duration.ofMillis(700));
                nodes.add(schedule);
                schedule.schedule("test-job", "* * * * * *", ZoneId.of("UTC"),
                        () -> runs.add(System.currentTimeMillis() / 1000 + " " + node));
            }
            await().atMost(Duration.ofSeconds(ROUNDS + 10)).until(() -> runs.size() >= ROUNDS);
        } finally {
            nodes.forEach(ClusterSchedule::destroy);
        }
        List<String> seen = List.copyOf(runs);
        Map<String, Long> perSecond = seen.stream()
                .collect(Collectors.groupingBy(run -> run.split(" ")[0], Collectors.counting()));
        assertThat(perSecond).as("runs per second of %s", seen).allSatisfy((second, count) -> assertThat(count).isOne());
        // The lock's row names the node that ran last (credithub.node-id).
        String holder = new JdbcTemplate(dataSource).queryForObject(
                "SELECT locked_by FROM scheduler_lock WHERE name = 'test-job'", String.class);
        assertThat(holder).isIn("node-a", "node-b");
    }
}
