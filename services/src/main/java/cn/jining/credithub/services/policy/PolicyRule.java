package cn.jining.credithub.services.policy;

/** The rules a query can be refused by; a refusal names one, and the audit trail records it. */
public enum PolicyRule {
    /** The party has no entry in the access policy (deny by default). */
    NO_POLICY,
    /** The query states no 查询事由. */
    PURPOSE_REQUIRED,
    /** The stated purpose is not one the party's policy lists (or not the one its voucher grants). */
    PURPOSE_NOT_ALLOWED,
    /** A category asked for is outside the party's categories (or its voucher's scope). */
    CATEGORY_NOT_ALLOWED,
    /** The subject is not registered in a division the party may read (or its division is unknown). */
    REGION_NOT_ALLOWED,
    /** The party's role may not make this kind of request. */
    ROLE_NOT_ALLOWED,
    /** More queries this minute than the policy allows the party (per hub node). */
    RATE_LIMIT,
    /** More queries today than the party's daily quota. */
    DAILY_QUOTA,
    /** An agency or platform queried without the subject's voucher. */
    VOUCHER_REQUIRED,
    VOUCHER_MALFORMED,
    VOUCHER_ALTERED,
    VOUCHER_FORGED,
    VOUCHER_EXPIRED,
    VOUCHER_REVOKED,
    /** The voucher names another grantee, another subject, another purpose or not the categories asked for. */
    VOUCHER_OUT_OF_SCOPE,
    /** A service-window query without the operator's identity check. */
    IDENTITY_NOT_CHECKED,
    /** A batch larger than the batch check takes. */
    BATCH_TOO_LARGE,
    /** The request itself is unusable (no subject code, an ambiguous code, an unknown category). */
    BAD_REQUEST
}
