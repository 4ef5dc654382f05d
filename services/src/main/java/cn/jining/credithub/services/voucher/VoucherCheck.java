package cn.jining.credithub.services.voucher;

import cn.jining.credithub.contracts.seal.SignatureVerifier;
import cn.jining.credithub.contracts.voucher.Voucher;
import cn.jining.credithub.contracts.voucher.VoucherCodec;
import cn.jining.credithub.contracts.voucher.VoucherException;
import cn.jining.credithub.repository.query.AccessLedger;
import cn.jining.credithub.repository.query.SubjectSummary;
import cn.jining.credithub.services.policy.PartyPolicy;
import cn.jining.credithub.services.policy.PolicyRule;
import cn.jining.credithub.services.policy.QueryRefusedException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;

/**
 * Checks the voucher an agency or platform presents: signed by the hub, unaltered, within its validity, not
 * revoked, and granting this party this subject for this purpose and these categories.
 */
public final class VoucherCheck {

    private final SignatureVerifier verifier;
    private final PublicKey hubKey;
    private final AccessLedger ledger;
    private final Clock clock;

    public VoucherCheck(SignatureVerifier verifier, PublicKey hubKey, AccessLedger ledger, Clock clock) {
        this.verifier = verifier;
        this.hubKey = hubKey;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The voucher in {@code token}, or a refusal naming what is wrong with it. */
    public Voucher check(String token, PartyPolicy party, SubjectSummary subject, String purpose,
                         Collection<String> categories) {
        if (token == null || token.isBlank()) {
            throw new QueryRefusedException(PolicyRule.VOUCHER_REQUIRED, "a " + party.role()
                    + " reads a subject only under the subject's authorisation voucher");
        }
        Voucher voucher;
        try {
            voucher = VoucherCodec.decode(token, verifier, hubKey);
        } catch (VoucherException e) {
            throw new QueryRefusedException(PolicyRule.valueOf("VOUCHER_" + e.problem().name()), e.getMessage());
        }
        Instant now = clock.instant();
        if (!now.isBefore(voucher.expiresAt()) || now.isBefore(voucher.issuedAt())) {
            throw new QueryRefusedException(PolicyRule.VOUCHER_EXPIRED, "voucher " + voucher.voucherId()
                    + " is valid from " + voucher.issuedAt() + " until " + voucher.expiresAt());
        }
        ledger.revokedAt(voucher.voucherId()).ifPresent(at -> {
            throw new QueryRefusedException(PolicyRule.VOUCHER_REVOKED, "voucher " + voucher.voucherId()
                    + " was revoked at " + at);
        });
        if (!voucher.grantee().equals(party.partyId())) {
            throw outOfScope(voucher, "is granted to another party");
        }
        if (!voucher.subjectCode().equals(subject.subjectCode())
                || !voucher.subjectCategory().equals(subject.subjectCategory())) {
            throw outOfScope(voucher, "is about another subject");
        }
        if (!voucher.purpose().equals(purpose.trim())) {
            throw outOfScope(voucher, "grants the purpose '" + voucher.purpose() + "' only");
        }
        categories.stream().filter(c -> !voucher.categories().contains(c)).findFirst().ifPresent(c -> {
            throw outOfScope(voucher, "does not grant the category " + c);
        });
        return voucher;
    }

    private static QueryRefusedException outOfScope(Voucher voucher, String what) {
        return new QueryRefusedException(PolicyRule.VOUCHER_OUT_OF_SCOPE, "voucher " + voucher.voucherId() + " " + what);
    }
}
