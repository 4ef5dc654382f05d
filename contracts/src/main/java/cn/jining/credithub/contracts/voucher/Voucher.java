package cn.jining.credithub.contracts.voucher;

import java.time.Instant;
import java.util.List;

/**
 * An authorisation voucher (docs/query.md): a subject grants one grantee the reading of some categories of its
 * credit information, for one purpose, until an expiry. The hub signs it when it issues it ({@link VoucherCodec});
 * anyone holding the hub's public key can check it offline.
 *
 * @param voucherId       unique id; the revocation list names it
 * @param kind            {@code VOUCHER} (presented by a credit service agency) or {@code E_AUTHORISATION}
 *                        (given on a social application platform, carried in its automatic queries)
 * @param subjectCategory the granting subject's category (LEGAL_PERSON, NATURAL_PERSON, INDIVIDUAL_BUSINESS)
 * @param subjectCode     the granting subject's code (credit code, or document type and number)
 * @param grantee         the party id of the agency or platform the subject authorised
 * @param categories      the record categories the grantee may read (codes such as ADMIN_PENALTY)
 * @param purpose         the 查询事由 the subject agreed to
 * @param issuedAt        when the hub issued it
 * @param expiresAt       after this instant it is refused
 * @param issuedBy        the party that recorded the subject's consent (the service window, a platform's site)
 */
public record Voucher(String voucherId, String kind, String subjectCategory, String subjectCode, String grantee,
                      List<String> categories, String purpose, Instant issuedAt, Instant expiresAt, String issuedBy) {

    public static final String VOUCHER = "VOUCHER";
    public static final String E_AUTHORISATION = "E_AUTHORISATION";

    public Voucher {
        categories = categories == null ? null : List.copyOf(categories);
    }

    /** What a well-formed voucher lacks, or null when it lacks nothing. */
    public String missing() {
        if (voucherId == null || voucherId.isBlank()) {
            return "voucherId";
        }
        if (!VOUCHER.equals(kind) && !E_AUTHORISATION.equals(kind)) {
            return "kind";
        }
        if (subjectCategory == null || subjectCode == null || subjectCode.isBlank()) {
            return "subject";
        }
        if (grantee == null || grantee.isBlank()) {
            return "grantee";
        }
        if (categories == null || categories.isEmpty()) {
            return "categories";
        }
        if (purpose == null || purpose.isBlank()) {
            return "purpose";
        }
        if (issuedAt == null || expiresAt == null || !expiresAt.isAfter(issuedAt)) {
            return "issuedAt/expiresAt";
        }
        return null;
    }
}
