package cn.jining.credithub.services.query;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.repository.query.QueryLog;
import cn.jining.credithub.repository.query.SubjectSummary;
import cn.jining.credithub.services.policy.AccessGate;
import cn.jining.credithub.services.policy.PartyPolicy;
import cn.jining.credithub.services.policy.PolicyRule;
import cn.jining.credithub.services.policy.QueryRefusedException;
import cn.jining.credithub.services.policy.ServiceRole;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A subject's list of who queried it, read from the audit chain at the service window (identity checked there):
 * every answered profile query and batch check about it, with the party, on whose behalf, why and under which
 * voucher. Asking is itself a query, and is audited as one.
 */
public final class WhoQueriedMe {

    /** The audit entry's category column for this request. */
    public static final String WHO_QUERIED = "WHO_QUERIED";

    private final AccessGate gate;
    private final SubjectResolver resolver;
    private final QueryLog log;
    private final QueryAudit audit;

    public WhoQueriedMe(AccessGate gate, cn.jining.credithub.repository.query.SubjectDirectory directory, QueryLog log,
                        QueryAudit audit) {
        this.gate = gate;
        this.resolver = new SubjectResolver(directory);
        this.log = log;
        this.audit = audit;
    }

    /** One query about the subject, as the subject sees it. */
    public record Query(Instant at, String kind, String partyId, String requestId, String onBehalfOf, String purpose, String voucher,
                        JsonNode returned) {
    }

    /** The subject's list, oldest first; empty when no subject has the code. */
    public Optional<List<Query>> list(QueryRequest request) {
        ObjectNode detail = QueryAudit.detail(request.onBehalfOf(), request.purpose(), null);
        String subjectRef = null;
        try {
            PartyPolicy party = gate.admit(request.partyId(), request.purpose(), 1);
            if (party.role() != ServiceRole.SERVICE_WINDOW || !request.identityChecked()
                    || request.onBehalfOf() == null || request.onBehalfOf().isBlank()) {
                throw new QueryRefusedException(party.role() != ServiceRole.SERVICE_WINDOW ? PolicyRule.ROLE_NOT_ALLOWED
                        : PolicyRule.IDENTITY_NOT_CHECKED, "a subject obtains its list at the service window, "
                        + "its identity checked by the operator");
            }
            Optional<SubjectSummary> subject = resolver.resolve(request.code(), request.subjectCategory());
            if (subject.isEmpty()) {
                return Optional.empty();
            }
            SubjectSummary s = subject.get();
            subjectRef = QueryLog.subjectRef(s.subjectCategory(), s.subjectCode());
            List<Query> queries = log.about(s.subjectCategory(), s.subjectCode()).stream().map(WhoQueriedMe::shown).toList();
            detail.put("returned", queries.size());
            audit.trailOf(WHO_QUERIED, request, subjectRef, detail);
            return Optional.of(queries);
        } catch (QueryRefusedException refusal) {
            audit.refused(WHO_QUERIED, request.partyId(), request.requestId(), subjectRef, detail, refusal);
            throw refusal;
        }
    }

    private static Query shown(QueryLog.Entry entry) {
        JsonNode detail;
        try {
            detail = ContractsJson.mapper().readTree(entry.detail());
        } catch (JsonProcessingException e) {
            detail = ContractsJson.mapper().createObjectNode();
        }
        return new Query(entry.at(), entry.kind().name(), entry.partyId(), entry.requestId(), text(detail, "onBehalfOf"),
                text(detail, "purpose"), text(detail, "voucher"), detail.get("returned"));
    }

    private static String text(JsonNode detail, String field) {
        JsonNode value = detail.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
