package cn.jining.credithub.contracts.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryReplayGuardTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);

    @Test
    void secondSightingOfAPairIsARefusalAndPairsDoNotCollide() {
        InMemoryReplayGuard guard = new InMemoryReplayGuard(10, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(guard.firstSeen("jn-amr", "b1", LATER)).isTrue();
        assertThat(guard.firstSeen("jn-amr", "b1", LATER)).isFalse();
        assertThat(guard.firstSeen("jn-tax", "b1", LATER)).isTrue();
        assertThat(guard.firstSeen("a:b", "c", LATER)).isTrue();
        assertThat(guard.firstSeen("a", "b:c", LATER)).isTrue();
    }

    @Test
    void windowIsBoundedAndForgetsTheOldestFirst() {
        InMemoryReplayGuard guard = new InMemoryReplayGuard(2, Clock.fixed(NOW, ZoneOffset.UTC));
        guard.firstSeen("s", "1", LATER);
        guard.firstSeen("s", "2", LATER);
        guard.firstSeen("s", "3", LATER);
        assertThat(guard.size()).isEqualTo(2);
        assertThat(guard.firstSeen("s", "3", LATER)).isFalse();
        assertThat(guard.firstSeen("s", "1", LATER)).as("forgotten").isTrue();
    }

    @Test
    void expiredPairsAreForgotten() {
        InMemoryReplayGuard guard = new InMemoryReplayGuard(10, Clock.fixed(NOW, ZoneOffset.UTC));
        guard.firstSeen("s", "old", NOW);
        guard.firstSeen("s", "live", LATER);
        guard.firstSeen("s", "other", LATER);
        assertThat(guard.size()).isEqualTo(2);
    }

    @Test
    void aReleasedPairMayComeAgain() {
        InMemoryReplayGuard guard = new InMemoryReplayGuard(10, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(guard.firstSeen("shandong", "b1", LATER)).isTrue();
        guard.release("other", "b1");
        assertThat(guard.firstSeen("shandong", "b1", LATER)).as("another sender's release").isFalse();

        guard.release("shandong", "b1");
        assertThat(guard.firstSeen("shandong", "b1", LATER)).as("released: not kept, may come again").isTrue();
        assertThat(guard.firstSeen("shandong", "b1", LATER)).isFalse();
    }
}
