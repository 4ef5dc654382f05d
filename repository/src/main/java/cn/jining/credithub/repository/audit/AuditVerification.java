package cn.jining.credithub.repository.audit;

/**
 * The outcome of walking the chains: intact over {@code entries} entries (all nodes), or broken first at
 * {@code brokenSeq} of {@code chain} (a node id, or {@value #ANCHORS} for the common chain).
 */
public record AuditVerification(long entries, Long brokenSeq, Problem problem, String chain) {

    /** The chain name of the common chain of anchors. */
    public static final String ANCHORS = "anchors";

    /** Why the chain breaks at {@link #brokenSeq}. */
    public enum Problem {
        /** The row's content no longer gives its hash (edited, or moved to another seq). */
        ALTERED,
        /** The row's prev_hash is not the hash of the entry before it. */
        BROKEN_LINK,
        /** No row with this seq: deleted (or the tail after the last row, per the head). */
        MISSING,
        /** A checkpoint's (or an anchor's) signature is absent or does not verify with the verifier key. */
        BAD_SIGNATURE,
        /** The node's entry at this seq is not the one anchored (its chain was rewritten after it was anchored). */
        ANCHOR_MISMATCH
    }

    /** A verdict on the default node's chain (the single hub's). */
    public AuditVerification(long entries, Long brokenSeq, Problem problem) {
        this(entries, brokenSeq, problem, brokenSeq == null ? null : AuditTrail.DEFAULT_NODE);
    }

    public static AuditVerification intact(long entries) {
        return new AuditVerification(entries, null, null, null);
    }

    public boolean ok() {
        return brokenSeq == null;
    }
}
