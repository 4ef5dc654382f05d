package cn.jining.credithub.gateway.admin;

import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.repository.audit.AuditEntry;
import cn.jining.credithub.repository.audit.AuditKind;
import cn.jining.credithub.repository.audit.AuditTrail;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Writes operators' actions to the audit trail as ADMIN entries (docs/audit.md): who did what to which dead
 * letter or console object. An entry names the batch it touched, so a batch's trail shows its replay.
 */
public class AdminAudit {

    /** Source and batch of an action that touches no batch (a console operation on a queue or a route). */
    public static final String NO_BATCH = "-";
    static final String CONSOLE_SOURCE = "console";
    private final AuditTrail trail;

    public AdminAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** A dead-letter action ({@code replay}, {@code discard}) by {@code operator} on one dead letter. */
    public void deadLetter(String action, String operator, DeadLetter letter) {
        ObjectNode detail = ContractsJson.mapper().createObjectNode();
        detail.put("action", action);
        detail.put("operator", operator);
        detail.put("messageId", letter.messageId());
        detail.put("deadLetterQueue", letter.deadLetterQueue());
        if (letter.recordCount() != null) {
            detail.put("recordCount", letter.recordCount());
        }
        trail.append(List.of(AuditEntry.of(AuditKind.ADMIN, null, clip(orDash(letter.sourceId())),
                clip(orDash(letter.batchId())), null, null, clip64(letter.originalQueue()), Fingerprint.canonicalJson(detail))));
    }

    /** A changing console (JMX) operation by {@code operator}, e.g. {@code retryMessage on ...:queue="DLQ"}. */
    public void consoleAction(String operator, String action) {
        ObjectNode detail = ContractsJson.mapper().createObjectNode();
        detail.put("action", "console");
        detail.put("operator", operator);
        detail.put("operation", action.length() > 1000 ? action.substring(0, 1000) : action);
        trail.append(List.of(AuditEntry.of(AuditKind.ADMIN, null, CONSOLE_SOURCE, NO_BATCH, null, null, null,
                Fingerprint.canonicalJson(detail))));
    }

    /** An interactive sign-in to the console (the login form), with where it came from. */
    public void signIn(String user, String remoteAddress) {
        ObjectNode detail = ContractsJson.mapper().createObjectNode();
        detail.put("action", "sign-in");
        detail.put("operator", user);
        detail.put("remoteAddress", remoteAddress);
        trail.append(List.of(AuditEntry.of(AuditKind.ADMIN, null, CONSOLE_SOURCE, NO_BATCH, null, null, null,
                Fingerprint.canonicalJson(detail))));
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? NO_BATCH : value;
    }

    private static String clip(String value) {
        return value.length() <= 128 ? value : value.substring(0, 128);
    }

    private static String clip64(String value) {
        return value == null || value.length() <= 64 ? value : value.substring(0, 64);
    }
}
