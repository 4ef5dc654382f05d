package cn.jining.credithub.repository.report;

import java.time.Instant;

/** A credit report as the hub registered it when issuing: identity, digests (no PDF's when issued as JSON only) and the hub's signature. */
public record IssuedReport(String reportNumber, String subjectCategory, String subjectCode, String requestedBy,
                           String purpose, Instant issuedAt, String contentSm3, String pdfSm3, String signature) {
}
