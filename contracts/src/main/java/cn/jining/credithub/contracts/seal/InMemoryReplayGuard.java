package cn.jining.credithub.contracts.seal;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * A {@link ReplayGuard} for one process: remembers pairs until their envelope expires, and at most
 * {@code capacity} of them (the oldest are forgotten first). Keep the envelope validity short enough that
 * a full window never forgets an unexpired batch; several hub nodes need a shared guard instead.
 * {@link #release} forgets an accepted pair again when its batch was not kept after all.
 */
public final class InMemoryReplayGuard implements ReplayGuard {

    private final int capacity;
    private final Clock clock;
    /** Insertion order = acceptance order, so the eldest entry is the first to forget. */
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    public InMemoryReplayGuard(int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public synchronized boolean firstSeen(String sourceId, String batchId, Instant expiresAt) {
        forgetExpired(clock.instant());
        String key = key(sourceId, batchId);
        if (seen.containsKey(key)) {
            return false;
        }
        if (seen.size() >= capacity) {
            Iterator<String> eldest = seen.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        seen.put(key, expiresAt);
        return true;
    }

    @Override
    public synchronized void release(String sourceId, String batchId) {
        seen.remove(key(sourceId, batchId));
    }

    public synchronized int size() {
        return seen.size();
    }

    /** A separator that cannot occur in either id, so ("a:b", "c") and ("a", "b:c") stay distinct. */
    private static String key(String sourceId, String batchId) {
        return sourceId + '\u0000' + batchId;
    }

    private void forgetExpired(Instant now) {
        seen.values().removeIf(expiry -> !now.isBefore(expiry));
    }
}
