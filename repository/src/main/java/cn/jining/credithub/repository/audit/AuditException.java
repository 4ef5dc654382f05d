package cn.jining.credithub.repository.audit;

/** The audit trail could not record an event (a checkpoint could not be signed). */
public class AuditException extends IllegalStateException {

    public AuditException(String message, Throwable cause) {
        super(message, cause);
    }
}
