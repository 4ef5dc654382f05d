package cn.jining.credithub.repository.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.repository.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The downward replay guard on a real H2 file database: shared state, kept across restarts, crash-safe. */
class JdbcReplayGuardTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final Duration GRACE = Duration.ofMinutes(2);

    @TempDir
    Path dataDir;
    private TestDatabases.Database database;

    @BeforeEach
    void open() throws Exception {
        database = TestDatabases.H2.open(dataDir.resolve("guard"));
        database.migrate();
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private JdbcReplayGuard guardAt(Instant now) {
        return new JdbcReplayGuard(database.dataSource(), Clock.fixed(now, ZoneOffset.UTC), GRACE);
    }

    @Test
    void aKeptBatchIsAReplayForEveryNodeUntilItExpires() {
        JdbcReplayGuard node1 = guardAt(NOW);
        JdbcReplayGuard node2 = guardAt(NOW.plusSeconds(1));
        Instant expires = NOW.plus(Duration.ofHours(1));

        assertThat(node1.firstSeen("province", "D-1", expires)).isTrue();
        node1.kept("province", "D-1");

        assertThat(node2.firstSeen("province", "D-1", expires)).as("another node, or this one restarted").isFalse();
        // After its expiry the verifier refuses the old envelope itself; the guard forgets the id.
        assertThat(guardAt(NOW.plus(Duration.ofHours(2))).firstSeen("province", "D-1",
                NOW.plus(Duration.ofHours(3)))).as("a new envelope after the old one expired").isTrue();
    }

    @Test
    void aBatchReleasedOrLeftPendingByACrashIsLetThroughAgain() {
        Instant expires = NOW.plus(Duration.ofHours(1));
        JdbcReplayGuard guard = guardAt(NOW);
        assertThat(guard.firstSeen("province", "D-2", expires)).isTrue();
        guard.release("province", "D-2");
        assertThat(guard.firstSeen("province", "D-2", expires)).as("released: not published").isTrue();

        // The node crashed before publishing: a copy within the grace is a concurrent duplicate, after it a re-send.
        assertThat(guardAt(NOW.plusSeconds(30)).firstSeen("province", "D-2", expires)).isFalse();
        assertThat(guardAt(NOW.plus(GRACE).plusSeconds(1)).firstSeen("province", "D-2", expires)).isTrue();
        assertThat(guardAt(NOW.plus(GRACE).plusSeconds(2)).firstSeen("province", "D-2", expires))
                .as("only one re-send takes it over").isFalse();
    }
}
