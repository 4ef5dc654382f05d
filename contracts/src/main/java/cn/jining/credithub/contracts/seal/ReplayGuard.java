package cn.jining.credithub.contracts.seal;

import java.time.Instant;

/** Remembers which (source, batch id) pairs a verifier has accepted, so a copy of an envelope is refused. */
public interface ReplayGuard {

    /**
     * Records the pair and returns true if it was not seen before; returns false for a replay.
     * {@code expiresAt} is the envelope's expiry: after it the verifier refuses the envelope anyway, so a
     * guard need not remember the pair any longer.
     */
    boolean firstSeen(String sourceId, String batchId, Instant expiresAt);

    /** The batch {@link #firstSeen} accepted was kept (published): from now on a copy is a replay for good. */
    default void kept(String sourceId, String batchId) {
    }

    /**
     * Forgets a pair {@link #firstSeen} accepted: its batch passed verification but was not kept (e.g. could
     * not be published), so the sender's retry must not be refused as a replay. Every guard that remembers
     * implements it; the default is for a guard that remembers nothing.
     */
    default void release(String sourceId, String batchId) {
    }
}
