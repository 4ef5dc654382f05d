package cn.jining.credithub.repository.audit;

/** The outcome of walking the chain: intact over {@code entries} entries, or broken first at {@code brokenSeq}. */
public record AuditVerification(long entries, Long brokenSeq, Problem problem) {

    /** Why the chain breaks at {@link #brokenSeq}. */
    public enum Problem {
        /** The row's content no longer gives its hash (edited, or moved to another seq). */
        ALTERED,
        /** The row's prev_hash is not the hash of the entry before it. */
        BROKEN_LINK,
        /** No row with this seq: deleted (or the tail after the last row, per the head). */
        MISSING,
        /** A checkpoint's signature is absent or does not verify with the verifier key. */
        BAD_SIGNATURE
    }

    public static AuditVerification intact(long entries) {
        return new AuditVerification(entries, null, null);
    }

    public boolean ok() {
        return brokenSeq == null;
    }
}
