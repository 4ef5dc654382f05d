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
}
