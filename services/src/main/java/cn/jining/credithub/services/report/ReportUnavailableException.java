package cn.jining.credithub.services.report;

/** A report cannot be produced here (e.g. no CJK font installed); the message says what to configure. */
public class ReportUnavailableException extends IllegalStateException {

    public ReportUnavailableException(String message) {
        super(message);
    }

    public ReportUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
