package cn.jining.credithub.services.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;

import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Prints a signed credit report as PDF: the sections in Chinese with the embedded CJK font, the report number,
 * content SM3 and the hub's SM2 signature on the last page, and the signed canonical JSON attached as
 * {@value #CONTENT_ATTACHMENT} so the signature can be checked offline (docs/reports.md).
 */
public final class ReportPdf {

    public static final String CONTENT_ATTACHMENT = "credit-report.json";
    /** Document-information key that carries the report number (read back by the verifier). */
    public static final String NUMBER_KEY = "CreditHubReportNumber";
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final ReportFont font;

    public ReportPdf(ReportFont font) {
        this.font = font;
    }

    /** The PDF of {@code report}, signed by {@code signatureBase64} over its canonical JSON. */
    public byte[] render(CreditReport report, String signatureBase64) {
        try (PDDocument document = new PDDocument(); ReportFont.OpenFont open = font.open()) {
            describe(document, report);
            attachContent(document, report.canonicalJson());
            try (PdfPageWriter pages = new PdfPageWriter(document, open.embedIn(document),
                    "报告编号 " + report.reportNumber())) {
                header(pages, report);
                for (ReportSection section : report.sections()) {
                    section(pages, section);
                }
                seal(pages, report, signatureBase64);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not print report " + report.reportNumber(), e);
        }
    }

    private static void header(PdfPageWriter pages, CreditReport report) throws IOException {
        pages.line("信用报告", 20, 0);
        pages.line("济宁市公共信用信息平台", 12, 0);
        pages.gap(8);
        pages.line("报告编号：" + report.reportNumber(), 10, 0);
        pages.line("出具时间：" + PRINTED.format(report.issuedAt()), 10, 0);
        pages.line("信息主体：" + nonNull(report.subjectName()) + "（" + report.subjectCode() + "）", 10, 0);
        pages.line("查询机构：" + report.requestedBy() + "    查询事由：" + report.purpose(), 10, 0);
    }

    private static void section(PdfPageWriter pages, ReportSection section) throws IOException {
        pages.gap(10);
        pages.line(section.title() + "（" + section.entries().size() + " 条）", 14, 0);
        if (section.entries().isEmpty()) {
            pages.line("无记录", 10, 12);
        }
        for (ReportEntry entry : section.entries()) {
            pages.gap(4);
            pages.line(entry.heading(), 11, 12);
            for (ReportField field : entry.fields()) {
                pages.line(field.label() + "：" + nonNull(field.value()), 10, 24);
            }
        }
    }

    private static void seal(PdfPageWriter pages, CreditReport report, String signatureBase64) throws IOException {
        pages.gap(16);
        pages.line("核验信息", 12, 0);
        pages.line("内容摘要（SM3）：" + report.contentSm3(), 8, 0);
        pages.line("平台签名（SM2，Base64 DER）：" + signatureBase64, 8, 0);
        pages.line("核验方式：将本报告 PDF 提交至平台核验接口 POST /api/public/reports/verification，"
                + "或以报告编号与摘要前 16 位查询。", 8, 0);
    }

    private static void describe(PDDocument document, CreditReport report) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("信用报告 " + report.reportNumber());
        info.setCreator("Credit Hub");
        Calendar issued = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        issued.setTimeInMillis(report.issuedAt().toEpochMilli());
        info.setCreationDate(issued);
        info.setCustomMetadataValue(NUMBER_KEY, report.reportNumber());
    }

    private static void attachContent(PDDocument document, byte[] json) throws IOException {
        PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(json));
        embedded.setSubtype("application/json");
        embedded.setSize(json.length);
        PDComplexFileSpecification file = new PDComplexFileSpecification();
        file.setFile(CONTENT_ATTACHMENT);
        file.setFileUnicode(CONTENT_ATTACHMENT);
        file.setEmbeddedFile(embedded);
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(CONTENT_ATTACHMENT, file));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
