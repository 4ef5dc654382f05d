package cn.jining.credithub.portal.forms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Forms per client in a fixed window, in memory (one site instance; behind several, the proxy limits too). The
 * map is swept of ended windows so a flood of addresses cannot grow it without bound.
 */
public class RateLimiter {

    private static final int SWEEP_AT = 10_000;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perClient;
    private final Duration window;

    private record Window(Instant start, int count) {
    }

    public RateLimiter(Clock clock, int perClient, Duration window) {
        this.clock = clock;
        this.perClient = perClient;
        this.window = window;
    }

    /** Counts one form of {@code client}; false when it is over its limit. */
    public boolean allow(String client) {
        Instant now = clock.instant();
        if (windows.size() > SWEEP_AT) {
            windows.values().removeIf(w -> !now.isBefore(w.start.plus(window)));
        }
        Window counted = windows.compute(client, (k, w) -> w == null || !now.isBefore(w.start.plus(window))
                ? new Window(now, 1) : new Window(w.start, w.count + 1));
        return counted.count <= perClient;
    }
}
