package cn.jining.credithub.repository.audit;

/** What an audit entry records: a record submitted or rejected, delivered or refused, or an admin action. */
public enum AuditKind { SUBMISSION, REJECTION, DELIVERY, REFUSAL, ADMIN,
    /** A batch the province sent down, verified and published to the subscribers; one entry per batch. */
    DOWNWARD,
    /** A batch pushed down in the province's name and refused (forged, altered, replayed, expired, malformed). */
    DOWNWARD_REFUSAL,
    /** A version not sent to a destination because a newer version of the record reached it first. */
    SUPERSEDED,
    /** A step of an objection (异议): filed, routed, acknowledged, answered, escalated; detail names the step. */
    OBJECTION,
    /** A query answered (a profile, a search hit opened): who, on whose behalf, about whom, why, what was returned. */
    QUERY,
    /** A query refused by the access policy or a voucher check, with the rule that refused it. */
    QUERY_REFUSAL,
    /** One subject of a 联合奖惩 batch check: who checked, why, and whether it was found on a list. */
    BATCH_CHECK,
    /** The access policy in force changed (its fingerprint before and after). */
    POLICY,
    /** An authorisation voucher issued or revoked. */
    VOUCHER }
