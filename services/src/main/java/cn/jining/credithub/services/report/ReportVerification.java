package cn.jining.credithub.services.report;

import java.time.Instant;

/**
 * The answer to "is this report genuine?": the verdict, and for a known report its number and issue time (never its
 * content: the verifier may be anyone).
 */
public record ReportVerification(Verdict verdict, String reportNumber, Instant issuedAt, String detail) {

    /** What a verification found. */
    public enum Verdict {
        /** Exactly the bytes (or the code) the platform issued. */
        GENUINE,
        /** Names a report the platform issued, but differs from it. */
        ALTERED,
        /** Names no report the platform issued. */
        UNKNOWN,
        /** Not a readable report at all. */
        NOT_A_REPORT
    }

    static ReportVerification of(Verdict verdict, String detail) {
        return new ReportVerification(verdict, null, null, detail);
    }
}
