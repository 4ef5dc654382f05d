package cn.jining.credithub.routes.intake;

import cn.jining.credithub.contracts.exchange.AcceptanceStamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Stamps each accepted batch with when this hub node accepted it: the time (to the microsecond the databases keep,
 * never going back even if the wall clock does) and an intake sequence that grows with every batch. The sequence
 * starts from the clock in microseconds, so a restarted node continues above what it issued before.
 */
public final class AcceptanceClock {

    private final Clock clock;
    private Instant lastAt = Instant.EPOCH;
    private long lastSequence;

    public AcceptanceClock(Clock clock) {
        this.clock = clock;
        this.lastSequence = micros(clock.instant());
    }

    public synchronized AcceptanceStamp next() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (now.isBefore(lastAt)) {
            now = lastAt;
        }
        lastAt = now;
        lastSequence = Math.max(lastSequence + 1, micros(now));
        return new AcceptanceStamp(now, lastSequence);
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
