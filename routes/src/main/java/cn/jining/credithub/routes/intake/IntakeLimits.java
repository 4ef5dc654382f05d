package cn.jining.credithub.routes.intake;

/**
 * Bounds of one submission: how many records a batch may carry, and how many accepted records go into
 * one queued message (large enough to amortise the journal sync, small enough to stay a normal message).
 */
public record IntakeLimits(int maxRecordsPerBatch, int recordsPerMessage) {

    public IntakeLimits {
        if (maxRecordsPerBatch < 1 || recordsPerMessage < 1) {
            throw new IllegalArgumentException("intake limits must be positive");
        }
    }
}
