package cn.jining.credithub.routes.intake;

import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.Submission;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import cn.jining.credithub.contracts.validation.ForbiddenCharacters;

/**
 * The submission's own identifiers, checked before either is used as a key (the replay memory, the audit trail,
 * the queues): a batch id of at most {@link IntakeService#MAX_BATCH_ID} characters, and neither id holding a character no
 * destination can store. Either fault refuses the whole submission as MALFORMED, naming the field.
 */
final class SubmissionIdentifiers {

    private SubmissionIdentifiers() {
    }

    static void check(Submission submission) {
        ForbiddenCharacters.inIdentifier("sourceId", submission.sourceId()).ifPresent(SubmissionIdentifiers::refuse);
        String batchId = submission.batchId();
        if (batchId == null || batchId.isBlank() || batchId.length() > IntakeService.MAX_BATCH_ID) {
            refuse("batchId is required and at most " + IntakeService.MAX_BATCH_ID + " characters");
        }
        ForbiddenCharacters.inIdentifier("batchId", batchId).ifPresent(SubmissionIdentifiers::refuse);
    }

    private static void refuse(String message) {
        throw new SubmissionRefusedException(Refusal.MALFORMED, message);
    }
}
