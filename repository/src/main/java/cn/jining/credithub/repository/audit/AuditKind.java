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
    OBJECTION }
