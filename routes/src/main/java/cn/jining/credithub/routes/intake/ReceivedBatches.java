package cn.jining.credithub.routes.intake;

import java.time.Instant;
import java.util.Optional;

/**
 * The batch ids each pushing source has sent, kept persistently (repository table {@code received_batch}), so
 * a replayed request is refused even after a restart or on another hub node.
 */
public interface ReceivedBatches {

    /** When the hub answered the batch {@code batchId} of {@code sourceId}, if it ever did. */
    Optional<Instant> receivedAt(String sourceId, String batchId);

    /** Records that the batch was answered at {@code receivedAt}; a second call for the pair changes nothing. */
    void remember(String sourceId, String batchId, Instant receivedAt);
}
