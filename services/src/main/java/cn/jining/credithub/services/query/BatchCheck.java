package cn.jining.credithub.services.query;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.repository.audit.AuditEntry;
import cn.jining.credithub.repository.audit.AuditKind;
import cn.jining.credithub.repository.query.QueryLog;
import cn.jining.credithub.repository.query.SubjectDirectory;
import cn.jining.credithub.repository.query.SubjectRecords;
import cn.jining.credithub.repository.query.SubjectRecords.SubjectRecord;
import cn.jining.credithub.repository.query.SubjectSummary;
import cn.jining.credithub.services.policy.AccessGate;
import cn.jining.credithub.services.policy.PartyPolicy;
import cn.jining.credithub.services.policy.PolicyRule;
import cn.jining.credithub.services.policy.QueryRefusedException;
import cn.jining.credithub.services.policy.ServiceRole;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The 联合奖惩 batch check (e.g. at an administrative approval): of up to {@link #MAX_SUBJECTS} codes, which subjects
 * are on a black list in force or have a serious 失信 penalty in force, with the measures that apply. Four indexed
 * statements per 500 codes; one audit entry per subject checked, so each subject's "who queried me" shows it.
 */
public final class BatchCheck {

    public static final int MAX_SUBJECTS = 10_000;
    private static final List<String> CATEGORIES = List.of(RecordCategory.CREDIT_LIST.name(),
            RecordCategory.ADMIN_PENALTY.name());

    private final AccessGate gate;
    private final SubjectDirectory directory;
    private final SubjectRecords records;
    private final QueryAudit audit;
    private final JointMeasures measures;
    private final Clock clock;

    public BatchCheck(AccessGate gate, SubjectDirectory directory, SubjectRecords records, QueryAudit audit,
                      JointMeasures measures, Clock clock) {
        this.gate = gate;
        this.directory = directory;
        this.records = records;
        this.audit = audit;
        this.measures = measures;
        this.clock = clock;
    }

    public BatchCheckResult check(String requestId, String partyId, String onBehalfOf, String purpose, List<String> codes) {
        ObjectNode refusalDetail = QueryAudit.detail(onBehalfOf, purpose, null);
        try {
            if (codes == null || codes.isEmpty() || codes.size() > MAX_SUBJECTS) {
                throw new QueryRefusedException(codes == null || codes.isEmpty() ? PolicyRule.BAD_REQUEST
                        : PolicyRule.BATCH_TOO_LARGE, "codes: 1 to " + MAX_SUBJECTS + " credit codes or document numbers");
            }
            PartyPolicy party = gate.admit(partyId, purpose, 1);
            if (party.role() != ServiceRole.CITY_BUREAU && party.role() != ServiceRole.COUNTY_BUREAU) {
                throw new QueryRefusedException(PolicyRule.ROLE_NOT_ALLOWED, "the batch check is for government "
                        + "bodies; " + partyId + " is a " + party.role());
            }
            if (!party.categories().contains(RecordCategory.CREDIT_LIST.name())) {
                throw new QueryRefusedException(PolicyRule.CATEGORY_NOT_ALLOWED, "party " + partyId
                        + " may not read CREDIT_LIST, which the batch check reads");
            }
            return run(requestId, party, onBehalfOf, purpose, codes);
        } catch (QueryRefusedException refusal) {
            audit.refused(QueryAudit.BATCH_CHECK, partyId, requestId, null, refusalDetail, refusal);
            throw refusal;
        }
    }

    private BatchCheckResult run(String requestId, PartyPolicy party, String onBehalfOf, String purpose,
                                 List<String> codes) {
        List<SubjectSummary> known = directory.byCodes(codes);
        List<SubjectSummary> covered = known.stream().filter(s -> party.covers(s.region())).toList();
        List<String> outOfScope = known.stream().filter(s -> !party.covers(s.region()))
                .map(SubjectSummary::lookupCode).distinct().toList();
        List<String> categories = CATEGORIES.stream().filter(party.categories()::contains).toList();
        Map<String, List<SubjectRecord>> bySubject = records.currentOf(
                        covered.stream().map(SubjectSummary::subjectCode).toList(), categories).stream()
                .collect(Collectors.groupingBy(r -> r.subjectCode() + '\u0000' + r.subjectCategory()));
        HitRules rules = new HitRules(measures, LocalDate.now(clock.withZone(AccessGate.CHINA)), party.reveal());
        List<BatchCheckResult.Hit> hits = new ArrayList<>();
        List<AuditEntry> entries = new ArrayList<>(covered.size());
        for (SubjectSummary subject : covered) {
            BatchCheckResult.Hit hit = rules.hit(subject,
                    bySubject.getOrDefault(subject.subjectCode() + '\u0000' + subject.subjectCategory(), List.of()));
            ObjectNode detail = QueryAudit.detail(onBehalfOf, purpose, null);
            detail.put("lists", hit == null ? 0 : hit.lists().size());
            detail.put("penalties", hit == null ? 0 : hit.penalties().size());
            detail.put("asked", codes.size());
            entries.add(QueryAudit.entry(AuditKind.BATCH_CHECK, QueryAudit.BATCH_CHECK, party.partyId(), requestId,
                    QueryLog.subjectRef(subject.subjectCategory(), subject.subjectCode()), detail));
            if (hit != null) {
                hits.add(hit);
            }
        }
        if (entries.isEmpty()) {
            // Nothing known was checked: the request itself is still on the record.
            ObjectNode detail = QueryAudit.detail(onBehalfOf, purpose, null);
            detail.put("asked", codes.size());
            detail.set("outOfScope", ContractsJson.mapper().valueToTree(outOfScope.size()));
            entries.add(QueryAudit.entry(AuditKind.BATCH_CHECK, QueryAudit.BATCH_CHECK, party.partyId(), requestId,
                    null, detail));
        }
        audit.checked(entries);
        return new BatchCheckResult(requestId, codes.size(), known.size(), outOfScope, hits);
    }
}
