package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.record.AdministrativePenalty;
import java.util.List;

/** The cross-field rules of 行政处罚: the order of its dates, and the amounts its penalty kinds call for. */
final class AdministrativePenaltyValidator implements RecordValidator<AdministrativePenalty> {

    private static final List<String> CONFISCATIONS = List.of("没收违法所得", "没收非法财物");

    @Override
    public void validate(AdministrativePenalty p, Checks c) {
        c.notBefore("validUntil", p.validUntil(), "decisionDate", p.decisionDate());
        c.notBefore("publicityDeadline", p.publicityDeadline(), "decisionDate", p.decisionDate());
        c.amountRequiredWhen("fineAmount", p.fineAmount(), "penaltyKinds", p.penaltyKinds(), "罚款");
        if (p.penaltyKinds() != null) {
            p.penaltyKinds().stream().filter(CONFISCATIONS::contains).findFirst().ifPresent(kind ->
                    c.amountRequiredWhen("confiscatedAmount", p.confiscatedAmount(), "penaltyKinds", p.penaltyKinds(), kind));
        }
    }
}
