package cn.jining.credithub.services.query;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.repository.audit.AuditEntry;
import cn.jining.credithub.repository.audit.AuditKind;
import cn.jining.credithub.repository.audit.AuditTrail;
import cn.jining.credithub.services.policy.QueryRefusedException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Writes queries to the audit chain: who asked (the party, and on whose behalf), about whom (the subject's reference,
 * never its ID number), why, under which voucher, and what was returned (categories, counts, fields, what was
 * masked) — never the data itself.
 */
public final class QueryAudit {

    /** The audit entry's category column for a profile query. */
    public static final String PROFILE = "PROFILE";
    /** The audit entry's category column for a batch check. */
    public static final String BATCH_CHECK = "BATCH_CHECK";

    private final AuditTrail trail;

    public QueryAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** The common part of every query entry's detail. */
    public static ObjectNode detail(String onBehalfOf, String purpose, String voucherId) {
        ObjectNode detail = ContractsJson.mapper().createObjectNode();
        detail.put("onBehalfOf", onBehalfOf);
        detail.put("purpose", purpose);
        detail.put("voucher", voucherId);
        return detail;
    }

    public void answered(QueryRequest request, String subjectRef, ObjectNode detail) {
        trailOf(PROFILE, request, subjectRef, detail);
    }

    /** An answered request of {@code what} about the subject {@code subjectRef}. */
    public void trailOf(String what, QueryRequest request, String subjectRef, ObjectNode detail) {
        trail.append(List.of(entry(AuditKind.QUERY, what, request.partyId(), request.requestId(), subjectRef, detail)));
    }

    /** A refused request of {@code what} ({@link #PROFILE}, {@link #BATCH_CHECK}), naming the rule. */
    public void refused(String what, String partyId, String requestId, String subjectRef, ObjectNode detail,
                        QueryRefusedException refusal) {
        detail.put("rule", refusal.rule().name());
        detail.put("reason", refusal.getMessage());
        trail.append(List.of(entry(AuditKind.QUERY_REFUSAL, what, partyId, requestId, subjectRef, detail)));
    }

    /** One entry per subject checked, appended together (one transaction, one pass over the chain's head). */
    public void checked(List<AuditEntry> entries) {
        trail.append(entries);
    }

    public static AuditEntry entry(AuditKind kind, String what, String partyId, String requestId, String subjectRef,
                                   ObjectNode detail) {
        return AuditEntry.of(kind, what, String.valueOf(partyId), String.valueOf(requestId), subjectRef, null, null,
                detail.toString());
    }
}
