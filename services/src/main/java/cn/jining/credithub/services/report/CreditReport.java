package cn.jining.credithub.services.report;

import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.record.SubjectCategory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The content of a credit report (信用报告) about one subject, as signed: its canonical JSON (sorted keys) is what the
 * hub's SM2 signature covers, and what a verifier hashes again (docs/reports.md).
 */
public record CreditReport(String reportNumber, Instant issuedAt, SubjectCategory subjectCategory,
                           String subjectCode, String subjectName, String requestedBy, String purpose,
                           List<ReportSection> sections) {

    public CreditReport {
        Objects.requireNonNull(reportNumber, "reportNumber");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(subjectCategory, "subjectCategory");
        Objects.requireNonNull(subjectCode, "subjectCode");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(purpose, "purpose");
        sections = List.copyOf(sections);
    }

    /** The signed form: canonical JSON, UTF-8. */
    public byte[] canonicalJson() {
        return Fingerprint.canonicalJson(ContractsJson.mapper().valueToTree(this)).getBytes(StandardCharsets.UTF_8);
    }

    /** SM3 of the canonical JSON, hex. */
    public String contentSm3() {
        return Fingerprint.sm3Hex(canonicalJson());
    }
}
