package cn.jining.credithub.adapters.province;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * How long the province link waits before its next try: exponential back-off after failed calls while the circuit
 * lets calls through, and exactly the rest of the open period while it refuses them. Back-off never exceeds the open
 * period, and refusals do not count as failures, so a province that returns is tried again within the open period
 * (docs/province.md "Outages").
 */
final class LinkPacing {

    /** Longest single pause between checks of whether to keep trying, so a stopping hub is not held up. */
    private static final long SLICE_NANOS = Duration.ofMillis(100).toNanos();
    private final CircuitBreaker breaker;
    private final Duration openFor;
    private final IntervalFunction backoff;
    private volatile long openedAt = System.nanoTime();

    LinkPacing(CircuitBreaker breaker, ProvinceSettings settings) {
        this.breaker = breaker;
        this.openFor = settings.circuitOpenFor();
        Duration cap = settings.maxBackoff().compareTo(openFor) < 0 ? settings.maxBackoff() : openFor;
        // Jitter, so that several hub nodes coming back after an outage do not retry in step.
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(settings.initialBackoff(),
                settings.backoffMultiplier(), 0.2, cap);
        breaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                openedAt = System.nanoTime();
            }
        });
    }

    /** True while the circuit refuses calls (open, or half-open with its one trial call taken). */
    boolean refusing() {
        return breaker.getState() == CircuitBreaker.State.OPEN || breaker.getState() == CircuitBreaker.State.FORCED_OPEN;
    }

    /**
     * The pause before the next try: the open period's rest while the circuit is open; a slice when the call was
     * {@code refused} by a half-open circuit whose one trial another caller holds; else back-off for the
     * {@code failures}-th failed call.
     */
    Duration next(int failures, boolean refused) {
        if (refusing()) {
            long rest = openedAt + openFor.toNanos() - System.nanoTime();
            return Duration.ofNanos(Math.max(rest, SLICE_NANOS / 10));
        }
        return refused ? Duration.ofNanos(SLICE_NANOS) : Duration.ofMillis(backoff.apply(Math.max(1, failures)));
    }

    /** The rest of the open period, for messages; zero when the circuit is not open. */
    Duration untilTrial() {
        return refusing() ? Duration.ofNanos(Math.max(0, openedAt + openFor.toNanos() - System.nanoTime())) : Duration.ZERO;
    }

    /** Waits {@code duration} in slices; false if {@code keepTrying} turned false (or the thread was interrupted). */
    static boolean pause(Duration duration, BooleanSupplier keepTrying) {
        long until = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < until) {
            if (!keepTrying.getAsBoolean()) {
                return false;
            }
            try {
                // Production pacing between attempts; nothing here runs on a caller-facing thread.
                Thread.sleep(Math.max(1, Math.min(SLICE_NANOS, until - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
