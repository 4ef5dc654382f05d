package cn.jining.credithub.services.report;

import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.seal.Signer;
import cn.jining.credithub.repository.report.IssuedReport;
import cn.jining.credithub.repository.report.IssuedReportStore;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;

/**
 * Issues credit reports: signs the canonical JSON with the platform's SM2 key, prints the PDF, and registers number,
 * digests and signature so a verification can tell a genuine report from an altered or invented one.
 */
public class ReportIssuer {

    private final Signer platform;
    private final Optional<ReportPdf> pdf;
    private final IssuedReportStore register;

    /** @param pdf the printer; empty where no CJK font is installed (reports are then issued as JSON only) */
    public ReportIssuer(Signer platform, Optional<ReportPdf> pdf, IssuedReportStore register) {
        this.platform = platform;
        this.pdf = pdf;
        this.register = register;
    }

    public boolean printsPdf() {
        return pdf.isPresent();
    }

    /** Signs and registers {@code report} as JSON only ({@link IssuedCreditReport#pdf()} is null). */
    public IssuedCreditReport issueJson(CreditReport report) {
        return issue(report, false);
    }

    /** Signs, prints and registers {@code report}; refused with the reason when this hub cannot print. */
    public IssuedCreditReport issuePdf(CreditReport report) {
        if (pdf.isEmpty()) {
            throw new ReportUnavailableException("this hub has no CJK font to print reports with "
                    + "(set CREDITHUB_REPORT_FONT or install fonts-wqy-microhei); ask for the JSON report");
        }
        return issue(report, true);
    }

    private IssuedCreditReport issue(CreditReport report, boolean printed) {
        byte[] content = report.canonicalJson();
        String signature;
        try {
            signature = Base64.getEncoder().encodeToString(platform.sign(content));
        } catch (GeneralSecurityException e) {
            throw new ReportUnavailableException("the platform's key could not sign report " + report.reportNumber(), e);
        }
        byte[] file = printed ? pdf.orElseThrow().render(report, signature) : null;
        String contentSm3 = Fingerprint.sm3Hex(content);
        String pdfSm3 = file == null ? null : Fingerprint.sm3Hex(file);
        register.register(new IssuedReport(report.reportNumber(), report.subjectCategory().name(),
                report.subjectCode(), report.requestedBy(), report.purpose(), report.issuedAt(), contentSm3, pdfSm3,
                signature));
        return new IssuedCreditReport(report, contentSm3, signature, file, pdfSm3);
    }
}
