package cn.jining.credithub.services.voucher;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.seal.Signer;
import cn.jining.credithub.contracts.voucher.Voucher;
import cn.jining.credithub.contracts.voucher.VoucherCodec;
import cn.jining.credithub.repository.audit.AuditEntry;
import cn.jining.credithub.repository.audit.AuditKind;
import cn.jining.credithub.repository.audit.AuditTrail;
import cn.jining.credithub.repository.query.AccessLedger;
import cn.jining.credithub.repository.query.QueryLog;
import cn.jining.credithub.repository.query.SubjectSummary;
import cn.jining.credithub.services.policy.AccessPolicy;
import cn.jining.credithub.services.policy.PartyPolicy;
import cn.jining.credithub.services.policy.PolicyRule;
import cn.jining.credithub.services.policy.QueryRefusedException;
import cn.jining.credithub.services.policy.ServiceRole;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Issues and revokes vouchers for subjects whose identity a service window (or, later, the public site) has proven:
 * the hub signs what the subject granted, and both actions go to the audit chain.
 */
public final class VoucherOffice {

    /** Longest validity a subject can grant in one voucher. */
    public static final Duration MAX_VALIDITY = Duration.ofDays(366);
    private static final String VOUCHER = "VOUCHER";

    private final AccessPolicy policy;
    private final Signer hub;
    private final AccessLedger ledger;
    private final AuditTrail trail;
    private final Clock clock;

    public VoucherOffice(AccessPolicy policy, Signer hub, AccessLedger ledger, AuditTrail trail, Clock clock) {
        this.policy = policy;
        this.hub = hub;
        this.ledger = ledger;
        this.trail = trail;
        this.clock = clock;
    }

    /** What a subject grants, as the window records it; {@code operator} is the window's operator. */
    public record Grant(String partyId, String operator, boolean identityChecked, SubjectSummary subject, String kind,
                        String grantee, List<String> categories, String purpose, Instant expiresAt) {
    }

    /** A voucher issued: the voucher and the token its grantee carries. */
    public record Issued(Voucher voucher, String token) {
    }

    public Issued issue(Grant grant) {
        window(grant.partyId(), grant.operator(), grant.identityChecked());
        PartyPolicy grantee = policy.of(grant.grantee()).filter(p -> p.role().needsVoucher())
                .orElseThrow(() -> new QueryRefusedException(PolicyRule.BAD_REQUEST, "grantee " + grant.grantee()
                        + " is not a registered credit service agency or platform"));
        if (grant.categories() == null || grant.categories().isEmpty()) {
            throw new QueryRefusedException(PolicyRule.BAD_REQUEST, "categories: a voucher grants at least one");
        }
        grant.categories().stream().filter(c -> !grantee.categories().contains(c)).findFirst().ifPresent(c -> {
            throw new QueryRefusedException(PolicyRule.CATEGORY_NOT_ALLOWED, "grantee " + grantee.partyId()
                    + " may not read " + c + " under any voucher");
        });
        if (grant.purpose() == null || !grantee.purposes().contains(grant.purpose())) {
            throw new QueryRefusedException(PolicyRule.PURPOSE_NOT_ALLOWED, "grantee " + grantee.partyId()
                    + " may state only " + grantee.purposes());
        }
        Instant now = clock.instant();
        if (grant.expiresAt() == null || !grant.expiresAt().isAfter(now)
                || grant.expiresAt().isAfter(now.plus(MAX_VALIDITY))) {
            throw new QueryRefusedException(PolicyRule.BAD_REQUEST, "expiresAt: after now and within "
                    + MAX_VALIDITY.toDays() + " days");
        }
        String kind = grant.kind() == null ? Voucher.VOUCHER : grant.kind();
        Voucher voucher = new Voucher(UUID.randomUUID().toString(), kind, grant.subject().subjectCategory(),
                grant.subject().subjectCode(), grantee.partyId(), List.copyOf(grant.categories()), grant.purpose(), now,
                grant.expiresAt(), grant.partyId());
        if (voucher.missing() != null) {
            throw new QueryRefusedException(PolicyRule.BAD_REQUEST, "the voucher lacks " + voucher.missing());
        }
        String token;
        try {
            token = VoucherCodec.encode(voucher, hub);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the hub's key could not sign a voucher", e);
        }
        ObjectNode detail = ContractsJson.mapper().valueToTree(voucher);
        detail.remove("subjectCode");
        detail.put("action", "issue");
        detail.put("operator", grant.operator());
        audit(grant.partyId(), voucher.voucherId(), QueryLog.subjectRef(voucher.subjectCategory(), voucher.subjectCode()),
                detail);
        return new Issued(voucher, token);
    }

    /** Revokes a voucher at the subject's request; false when it was revoked already. */
    public boolean revoke(String partyId, String operator, String voucherId, String reason) {
        window(partyId, operator, true);
        if (voucherId == null || !voucherId.matches("[0-9a-fA-F-]{36}")) {
            throw new QueryRefusedException(PolicyRule.BAD_REQUEST, "voucherId: the id of an issued voucher");
        }
        String why = reason == null || reason.isBlank() ? "revoked by the subject" : reason.strip();
        boolean revoked = ledger.revoke(voucherId, partyId, why.length() > 500 ? why.substring(0, 500) : why,
                clock.instant());
        ObjectNode detail = ContractsJson.mapper().createObjectNode();
        detail.put("action", revoked ? "revoke" : "revoke-again");
        detail.put("operator", operator);
        detail.put("reason", why);
        audit(partyId, voucherId, null, detail);
        return revoked;
    }

    private void window(String partyId, String operator, boolean identityChecked) {
        PartyPolicy issuer = policy.require(partyId);
        if (issuer.role() != ServiceRole.SERVICE_WINDOW) {
            throw new QueryRefusedException(PolicyRule.ROLE_NOT_ALLOWED, "only a service window issues and revokes "
                    + "vouchers; " + partyId + " is a " + issuer.role());
        }
        if (!identityChecked || operator == null || operator.isBlank()) {
            throw new QueryRefusedException(PolicyRule.IDENTITY_NOT_CHECKED, "the operator names themself and "
                    + "confirms the subject's identity was checked");
        }
    }

    private void audit(String partyId, String voucherId, String subjectRef, ObjectNode detail) {
        trail.append(List.of(AuditEntry.of(AuditKind.VOUCHER, VOUCHER, partyId, voucherId, subjectRef, null, null,
                detail.toString())));
    }
}
