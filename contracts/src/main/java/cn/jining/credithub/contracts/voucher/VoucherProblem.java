package cn.jining.credithub.contracts.voucher;

/** Why a voucher is refused; each is a refusal reason a caller can act on. */
public enum VoucherProblem {
    /** Not a voucher token, or a voucher without a required field. */
    MALFORMED,
    /** Its content no longer matches the digest it was signed with: changed after issue. */
    ALTERED,
    /** Content and digest agree but the hub did not sign them. */
    FORGED,
    /** Past its expiry (or not yet issued). */
    EXPIRED,
    /** On the hub's revocation list. */
    REVOKED,
    /** Presented by a party other than its grantee, about another subject, for another purpose or category. */
    OUT_OF_SCOPE
}
