package cn.jining.credithub.services.query;

import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.voucher.Voucher;
import cn.jining.credithub.repository.query.QueryLog;
import cn.jining.credithub.repository.query.SubjectDirectory;
import cn.jining.credithub.repository.query.SubjectRecords;
import cn.jining.credithub.repository.query.SubjectSummary;
import cn.jining.credithub.services.policy.AccessGate;
import cn.jining.credithub.services.policy.PartyPolicy;
import cn.jining.credithub.services.policy.PolicyRule;
import cn.jining.credithub.services.policy.QueryRefusedException;
import cn.jining.credithub.services.policy.Reveal;
import cn.jining.credithub.services.policy.ServiceRole;
import cn.jining.credithub.services.voucher.VoucherCheck;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One subject's profile for one party (ARCHITECTURE.md, "The read side"): the gate (policy, purpose, rate, quota),
 * then the subject, its region against the party's divisions, the voucher of an agency or platform, the window's
 * identity check, the categories; then the records, cut and masked. Every answer and every refusal is audited.
 */
public final class ProfileQuery {

    private final AccessGate gate;
    private final SubjectResolver resolver;
    private final SubjectRecords records;
    private final VoucherCheck vouchers;
    private final QueryAudit audit;

    public ProfileQuery(AccessGate gate, SubjectDirectory directory, SubjectRecords records, VoucherCheck vouchers,
                        QueryAudit audit) {
        this.gate = gate;
        this.resolver = new SubjectResolver(directory);
        this.records = records;
        this.vouchers = vouchers;
        this.audit = audit;
    }

    /** The profile, empty when no subject has the code; a {@link QueryRefusedException} names the refusing rule. */
    public Optional<SubjectProfile> query(QueryRequest request) {
        String subjectRef = null;
        ObjectNode detail = QueryAudit.detail(request.onBehalfOf(), request.purpose(), null);
        try {
            PartyPolicy party = gate.admit(request.partyId(), request.purpose(), 1);
            detail.put("role", party.role().name());
            Optional<SubjectSummary> found = resolver.resolve(request.code(), request.subjectCategory());
            if (found.isEmpty()) {
                detail.put("found", false);
                audit.answered(request, null, detail);
                return Optional.empty();
            }
            SubjectSummary subject = found.get();
            subjectRef = QueryLog.subjectRef(subject.subjectCategory(), subject.subjectCode());
            Scope scope = scope(request, party, subject);
            if (scope.voucher() != null) {
                detail.put("voucher", scope.voucher().voucherId());
            }
            SubjectProfile profile = new ProfileAssembler(scope.categories(), party, scope.reveal())
                    .assemble(request.requestId(), subject, records.profile(subject.subjectCategory(),
                            subject.subjectCode()), detail);
            audit.answered(request, subjectRef, detail);
            return Optional.of(profile);
        } catch (QueryRefusedException refusal) {
            audit.refused(QueryAudit.PROFILE, request.partyId(), request.requestId(), subjectRef, detail, refusal);
            throw refusal;
        }
    }

    /** What the party reads of this subject: categories, what it sees unmasked, and the voucher it holds. */
    private record Scope(Set<String> categories, Set<Reveal> reveal, Voucher voucher) {
    }

    private Scope scope(QueryRequest request, PartyPolicy party, SubjectSummary subject) {
        if (!party.covers(subject.region())) {
            throw new QueryRefusedException(PolicyRule.REGION_NOT_ALLOWED, "party " + party.partyId() + " reads subjects of "
                    + party.divisions() + " only; this subject is registered in "
                    + (subject.region() == null ? "no known division" : subject.region()));
        }
        Set<String> wanted = new LinkedHashSet<>(request.categories());
        wanted.stream().filter(c -> RecordCategory.of(c).filter(r -> r.name().equals(c)).isEmpty()).findFirst()
                .ifPresent(c -> {
                    throw new QueryRefusedException(PolicyRule.BAD_REQUEST, "categories: unknown category " + c);
                });
        wanted.stream().filter(c -> !party.categories().contains(c)).findFirst().ifPresent(c -> {
            throw new QueryRefusedException(PolicyRule.CATEGORY_NOT_ALLOWED, "party " + party.partyId()
                    + " may not read " + c + "; it may read " + party.categories());
        });
        Set<String> categories = new LinkedHashSet<>(wanted.isEmpty() ? party.categories() : wanted);
        Voucher voucher = null;
        Set<Reveal> reveal = party.reveal();
        if (party.role().needsVoucher()) {
            voucher = vouchers.check(request.voucher(), party, subject, request.purpose(), wanted);
            categories.retainAll(voucher.categories());
        } else if (party.role() == ServiceRole.SERVICE_WINDOW) {
            if (!request.identityChecked() || request.onBehalfOf() == null || request.onBehalfOf().isBlank()) {
                throw new QueryRefusedException(PolicyRule.IDENTITY_NOT_CHECKED, "a window query names the operator "
                        + "and the subject in onBehalfOf and confirms the subject's identity was checked");
            }
            // The subject's own information, in full: nothing of its own is hidden from it.
            reveal = EnumSet.allOf(Reveal.class);
        }
        return new Scope(categories, reveal, voucher);
    }
}
