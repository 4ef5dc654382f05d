package cn.jining.credithub.gateway.audit;

import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.repository.audit.AuditEntry;
import cn.jining.credithub.repository.audit.AuditKind;
import cn.jining.credithub.repository.audit.AuditTrail;
import cn.jining.credithub.routes.intake.RefusedSubmission;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns a refused request or submission into one REFUSAL audit entry: source, batch id, and in the detail the
 * refusal code, the message, the client's address and the channel (docs/audit.md).
 */
public class RefusalAudit implements Consumer<RefusedSubmission> {

    /** The batch column is required; a request refused before its body was read has none. */
    static final String NO_BATCH = "-";
    private static final int MAX_MESSAGE = 500;
    private final AuditTrail trail;

    public RefusalAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void accept(RefusedSubmission refused) {
        ObjectNode detail = ContractsJson.mapper().createObjectNode();
        detail.put("reason", refused.code());
        detail.put("message", clip(refused.message(), MAX_MESSAGE));
        if (refused.remoteAddress() != null) {
            detail.put("remoteAddress", refused.remoteAddress());
        }
        if (refused.channel() != null) {
            detail.put("channel", clip(refused.channel(), 200));
        }
        String batch = refused.batchId() == null || refused.batchId().isEmpty() ? NO_BATCH : refused.batchId();
        trail.append(List.of(AuditEntry.of(AuditKind.REFUSAL, null, clip(refused.sourceId(), 128), clip(batch, 128),
                null, null, null, Fingerprint.canonicalJson(detail))));
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
