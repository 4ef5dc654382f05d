package cn.jining.credithub.services.policy;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Queries per party per minute on this hub node (a fixed one-minute window): the burst guard. The daily quota,
 * which must hold over every node, is counted in the database ({@code AccessLedger}).
 */
public final class RateLimiter {

    private record Window(long minute, int used) {
    }

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    public RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Takes one query of the party's minute; a refusal naming {@link PolicyRule#RATE_LIMIT} when none is left. */
    public void take(PartyPolicy party) {
        long minute = clock.millis() / 60_000;
        Window after = windows.compute(party.partyId(), (id, w) -> w == null || w.minute() != minute
                ? new Window(minute, 1) : new Window(minute, w.used() + 1));
        if (after.used() > party.perMinute()) {
            throw new QueryRefusedException(PolicyRule.RATE_LIMIT, "party " + party.partyId() + " may make "
                    + party.perMinute() + " queries a minute");
        }
    }
}
