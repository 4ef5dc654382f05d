package cn.jining.credithub.services.report;

import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.repository.report.IssuedReport;
import cn.jining.credithub.repository.report.IssuedReportStore;
import cn.jining.credithub.services.report.ReportVerification.Verdict;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Tells whether a presented report is one the platform issued, unaltered: a PDF by the SM3 of its exact bytes, a
 * printed copy by its number and the first {@value #CODE_LENGTH} hex digits of its content SM3 (printed on it).
 */
public class ReportVerifier {

    public static final int CODE_LENGTH = 16;

    private final IssuedReportStore register;

    public ReportVerifier(IssuedReportStore register) {
        this.register = register;
    }

    public ReportVerification verifyPdf(byte[] presented) {
        Optional<IssuedReport> exact = register.byPdfDigest(Fingerprint.sm3Hex(presented));
        if (exact.isPresent()) {
            return genuine(exact.get());
        }
        String number = numberIn(presented);
        if (number == null) {
            return ReportVerification.of(Verdict.NOT_A_REPORT, "not a credit report PDF of this platform");
        }
        return register.byNumber(number)
                .map(known -> new ReportVerification(Verdict.ALTERED, known.reportNumber(), known.issuedAt(),
                        "the file differs from the report issued under this number"))
                .orElseGet(() -> ReportVerification.of(Verdict.UNKNOWN, "no report was issued under this number"));
    }

    public ReportVerification verifyCode(String number, String code) {
        if (!ReportNumbers.isWellFormed(number) || code == null || code.length() != CODE_LENGTH) {
            return ReportVerification.of(Verdict.UNKNOWN, "a report number and a " + CODE_LENGTH
                    + "-digit verification code are needed");
        }
        return register.byNumber(number)
                .map(known -> known.contentSm3().startsWith(code.toLowerCase(Locale.ROOT)) ? genuine(known)
                        : new ReportVerification(Verdict.ALTERED, known.reportNumber(), known.issuedAt(),
                                "the verification code does not match this report"))
                .orElseGet(() -> ReportVerification.of(Verdict.UNKNOWN, "no report was issued under this number"));
    }

    private static ReportVerification genuine(IssuedReport report) {
        return new ReportVerification(Verdict.GENUINE, report.reportNumber(), report.issuedAt(),
                "issued by the platform and unaltered");
    }

    /** The report number a PDF claims, or null when it is no readable report PDF. */
    private static String numberIn(byte[] presented) {
        try (PDDocument document = Loader.loadPDF(presented)) {
            String number = document.getDocumentInformation().getCustomMetadataValue(ReportPdf.NUMBER_KEY);
            return ReportNumbers.isWellFormed(number) ? number : null;
        } catch (IOException | RuntimeException e) {
            // Anyone may present anything here: a file PDFBox cannot read, however it fails, is simply no report.
            return null;
        }
    }
}
