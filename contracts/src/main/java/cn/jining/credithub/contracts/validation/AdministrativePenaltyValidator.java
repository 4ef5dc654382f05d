package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.code.CodeTable;
import cn.jining.credithub.contracts.record.AdministrativePenalty;
import cn.jining.credithub.contracts.record.SubjectCategory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The rules of the 行政处罚 category: required fields by subject category, codes, code tables, dates, amounts. */
public final class AdministrativePenaltyValidator implements RecordValidator<AdministrativePenalty> {

    private static final String FINE = "罚款";
    private static final List<String> CONFISCATION = List.of("没收违法所得", "没收非法财物");
    private final Clock clock;

    public AdministrativePenaltyValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<Violation> validate(AdministrativePenalty p) {
        Checks c = new Checks(LocalDate.now(clock));
        c.required("subjectName", p.subjectName());
        c.text("subjectName", p.subjectName());
        if (c.required("subjectCategory", p.subjectCategory())) {
            subject(c, p);
        }
        c.required("decisionNumber", p.decisionNumber());
        c.required("violationType", p.violationType());
        c.required("violationFacts", p.violationFacts());
        c.required("penaltyBasis", p.penaltyBasis());
        c.required("penaltyContent", p.penaltyContent());
        c.text("decisionNumber", p.decisionNumber());
        c.text("violationType", p.violationType());
        c.text("violationFacts", p.violationFacts());
        c.text("penaltyBasis", p.penaltyBasis());
        c.text("penaltyContent", p.penaltyContent());
        c.text("suspendedOrRevokedLicence", p.suspendedOrRevokedLicence());
        c.text("authority", p.authority());
        c.text("dataSource", p.dataSource());
        c.text("remarks", p.remarks());
        if (c.required("penaltyKinds", p.penaltyKinds())) {
            p.penaltyKinds().forEach(kind -> c.codeTable("penaltyKinds", kind, CodeTable.PENALTY_KIND));
        }
        amounts(c, p);
        c.required("decisionDate", p.decisionDate());
        c.required("validUntil", p.validUntil());
        c.notInFuture("decisionDate", p.decisionDate());
        c.notBefore("validUntil", p.validUntil(), "decisionDate", p.decisionDate());
        c.notBefore("publicityDeadline", p.publicityDeadline(), "decisionDate", p.decisionDate());
        c.required("authority", p.authority());
        if (c.required("authorityUscc", p.authorityUscc())) {
            c.creditCode("authorityUscc", p.authorityUscc());
        }
        c.required("dataSource", p.dataSource());
        if (c.required("dataSourceUscc", p.dataSourceUscc())) {
            c.creditCode("dataSourceUscc", p.dataSourceUscc());
        }
        return c.violations();
    }

    private static void subject(Checks c, AdministrativePenalty p) {
        if (p.subjectCategory() == SubjectCategory.NATURAL_PERSON) {
            c.required("idType", p.idType());
            c.required("idNumber", p.idNumber());
            c.identityDocument("idType", p.idType(), "idNumber", p.idNumber());
            return;
        }
        if (c.required("uscc", p.uscc())) {
            c.creditCode("uscc", p.uscc());
        }
        if (p.subjectCategory() == SubjectCategory.LEGAL_PERSON) {
            c.required("legalRepresentative", p.legalRepresentative());
        }
        c.identityDocument("legalRepresentativeIdType", p.legalRepresentativeIdType(),
                "legalRepresentativeIdNumber", p.legalRepresentativeIdNumber());
    }

    private static void amounts(Checks c, AdministrativePenalty p) {
        c.amount("fineAmount", p.fineAmount());
        c.amount("confiscatedAmount", p.confiscatedAmount());
        List<String> kinds = p.penaltyKinds() == null ? List.of()
                : p.penaltyKinds().stream().map(k -> CodeTable.PENALTY_KIND.canonical(k).orElse(k)).toList();
        if (kinds.contains(FINE) && p.fineAmount() == null) {
            c.add("fineAmount", Rules.AMOUNT_REQUIRED, "fineAmount is required when penaltyKinds includes 罚款");
        }
        if (kinds.stream().anyMatch(CONFISCATION::contains) && p.confiscatedAmount() == null) {
            c.add("confiscatedAmount", Rules.AMOUNT_REQUIRED,
                    "confiscatedAmount is required when penaltyKinds includes a confiscation");
        }
    }
}
