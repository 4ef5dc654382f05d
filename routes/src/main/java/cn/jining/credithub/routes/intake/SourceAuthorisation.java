package cn.jining.credithub.routes.intake;

import cn.jining.credithub.contracts.exchange.Echo;
import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.Submission;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import java.time.Instant;

/**
 * Who may hand this submission to the intake: the channel must have authenticated a source (a verified
 * signature, or the configured source of a polling channel), the submission must be that source's, and a
 * pushed batch id may be used once (replay protection, docs/rest-api.md "Authentication").
 */
public final class SourceAuthorisation {

    private final ReceivedBatches batches;

    public SourceAuthorisation(ReceivedBatches batches) {
        this.batches = batches;
    }

    /**
     * @param authenticatedSource the source the channel authenticated (null: none)
     * @param requestTimestamp    the signed timestamp of a pushed request; null for polling channels, whose
     *                            batch ids are derived from the file or rows and legitimately recur on a retry
     */
    public void authorise(Submission submission, String authenticatedSource, Instant requestTimestamp) {
        if (authenticatedSource == null || authenticatedSource.isBlank()) {
            // SECURITY: fail closed; a channel that forgets to authenticate cannot submit at all.
            throw new SubmissionRefusedException(Refusal.UNAUTHENTICATED,
                    "the channel did not authenticate the source of this submission");
        }
        // Before the ids are compared or looked up: an id no destination can store is no key at all.
        SubmissionIdentifiers.check(submission);
        if (!authenticatedSource.equals(submission.sourceId())) {
            throw new SubmissionRefusedException(Refusal.SOURCE_MISMATCH, "sourceId " + Echo.quoted(submission.sourceId())
                    + " is not the authenticated source '" + authenticatedSource + "'; a source submits only its own batches");
        }
        if (requestTimestamp != null && submission.batchId() != null) {
            batches.receivedAt(submission.sourceId(), submission.batchId()).ifPresent(earlier -> {
                throw new SubmissionRefusedException(Refusal.REPLAYED, "batch '" + submission.batchId()
                        + "' of source '" + submission.sourceId() + "' was already received at " + earlier
                        + "; send a new batch under a new batchId (records already stored are not duplicated)");
            });
        }
    }

    /** After the batch was answered: remember a pushed batch id so a copy of the request is refused. */
    public void remember(String sourceId, String batchId, Instant requestTimestamp, Instant receivedAt) {
        if (requestTimestamp != null) {
            batches.remember(sourceId, batchId, receivedAt);
        }
    }
}
