package cn.jining.credithub.services.report;

/** A report as handed out: its content, the digest and signature over it, and the exact PDF bytes registered (null for JSON only). */
public record IssuedCreditReport(CreditReport report, String contentSm3, String signatureBase64, byte[] pdf,
                                 String pdfSm3) {
}
