package cn.jining.credithub.services.report;

import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.seal.Signer;
import cn.jining.credithub.repository.report.IssuedReport;
import cn.jining.credithub.repository.report.IssuedReportStore;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Issues credit reports: signs the canonical JSON with the platform's SM2 key, prints the PDF, and registers number,
 * digests and signature so a verification can tell a genuine report from an altered or invented one.
 */
public class ReportIssuer {

    private final Signer platform;
    private final ReportPdf pdf;
    private final IssuedReportStore register;

    public ReportIssuer(Signer platform, ReportPdf pdf, IssuedReportStore register) {
        this.platform = platform;
        this.pdf = pdf;
        this.register = register;
    }

    public IssuedCreditReport issue(CreditReport report) {
        byte[] content = report.canonicalJson();
        String signature;
        try {
            signature = Base64.getEncoder().encodeToString(platform.sign(content));
        } catch (GeneralSecurityException e) {
            throw new ReportUnavailableException("the platform's key could not sign report " + report.reportNumber(), e);
        }
        byte[] printed = pdf.render(report, signature);
        String contentSm3 = Fingerprint.sm3Hex(content);
        String pdfSm3 = Fingerprint.sm3Hex(printed);
        register.register(new IssuedReport(report.reportNumber(), report.subjectCategory().name(),
                report.subjectCode(), report.requestedBy(), report.purpose(), report.issuedAt(), contentSm3, pdfSm3,
                signature));
        return new IssuedCreditReport(report, contentSm3, signature, printed, pdfSm3);
    }
}
