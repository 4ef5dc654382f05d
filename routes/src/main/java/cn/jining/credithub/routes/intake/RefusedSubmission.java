package cn.jining.credithub.routes.intake;

import cn.jining.credithub.contracts.exchange.Echo;

/**
 * A submission or request the hub refused as a whole, as the audit trail records it: the source (as
 * authenticated, else as claimed, else "-"), the batch id if known, the stable refusal code, the message, where
 * it came from (the client's address or the polled source) and the channel.
 */
public record RefusedSubmission(String sourceId, String batchId, String code, String message, String remoteAddress,
                                String channel) {

    /** The ids as the client sent them, echoed: a refused submission's ids may be anything. */
    public RefusedSubmission {
        sourceId = Echo.of(sourceId);
        batchId = Echo.of(batchId);
    }
}
