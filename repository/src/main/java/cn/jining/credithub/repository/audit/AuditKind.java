package cn.jining.credithub.repository.audit;

/** What an audit entry records: a record submitted or rejected, delivered or refused, or an admin action. */
public enum AuditKind { SUBMISSION, REJECTION, DELIVERY, REFUSAL, ADMIN }
