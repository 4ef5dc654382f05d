package cn.jining.credithub.services.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jining.credithub.contracts.record.SubjectCategory;
import cn.jining.credithub.contracts.seal.BcSm2SignatureVerifier;
import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.repository.TestDatabases;
import cn.jining.credithub.repository.report.IssuedReportStore;
import cn.jining.credithub.services.report.ReportVerification.Verdict;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issues a report on the embedded database, reads its PDF back with PDFBox, and verifies it and altered copies. Needs a
 * CJK TrueType font on the machine ({@link ReportFont}); CI requires one (CREDITHUB_REQUIRE_CJK_FONT).
 */
class ReportIssuerTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:30:00Z");
    private static TestDatabases.Database database;
    private static SealingIdentity platform;
    private static ReportIssuer issuer;
    private static ReportVerifier verifier;

    @TempDir
    static Path folder;

    @BeforeAll
    static void open() throws Exception {
        Optional<ReportFont> font = ReportFont.locate(Optional.empty());
        if (font.isEmpty()) {
            assertThat(System.getenv("CREDITHUB_REQUIRE_CJK_FONT")).as("a CJK TrueType font is required here, "
                    + "looked for at " + ReportFont.KNOWN_LOCATIONS).isNotEqualTo("true");
        }
        assumeTrue(font.isPresent(), "no CJK TrueType font on this machine (install fonts-wqy-microhei): "
                + ReportFont.KNOWN_LOCATIONS);
        database = TestDatabases.H2.open(folder.resolve("reports"));
        database.migrate();
        platform = DemoKeys.generate("济宁市公共信用信息平台");
        IssuedReportStore register = new IssuedReportStore(database.dataSource());
        issuer = new ReportIssuer(platform.signer(), Optional.of(new ReportPdf(font.get())), register);
        verifier = new ReportVerifier(register);
    }

    @AfterAll
    static void close() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    private static CreditReport report() {
        String number = new ReportNumbers(Clock.fixed(NOW, ZoneOffset.UTC)).next();
        List<ReportField> penalty = List.of(new ReportField("处罚决定书文号", "济市监罚〔2026〕12号"),
                new ReportField("处罚内容", "罚款人民币伍仟元整，" + "并责令改正违法行为。".repeat(12)));
        return new CreditReport(number, NOW, SubjectCategory.LEGAL_PERSON, "91370800MA3C00000X", "济宁某某商贸有限公司",
                "jn-court", "行政审批", List.of(
                        new ReportSection("基础信息", List.of(new ReportEntry("登记信息",
                                List.of(new ReportField("法定代表人", "张*"))))),
                        new ReportSection("行政处罚", List.of(new ReportEntry("济市监罚〔2026〕12号", penalty))),
                        new ReportSection("红黑名单", List.of())));
    }

    @Test
    void thePdfOpensAndCarriesTheReportTheSignatureAndItsContent() throws Exception {
        IssuedCreditReport issued = issuer.issuePdf(report());
        // Kept for a reader to open: what a subject or agency is handed.
        java.nio.file.Files.createDirectories(Path.of("target"));
        java.nio.file.Files.write(Path.of("target", "sample-credit-report.pdf"), issued.pdf());
        try (PDDocument document = Loader.loadPDF(issued.pdf())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("信用报告", "济宁某某商贸有限公司", issued.report().reportNumber(),
                    "济市监罚〔2026〕12号", issued.contentSm3(), "红黑名单（0 条）");
            var attached = new PDDocumentNameDictionary(document.getDocumentCatalog()).getEmbeddedFiles().getNames()
                    .get(ReportPdf.CONTENT_ATTACHMENT).getEmbeddedFile().toByteArray();
            assertThat(attached).isEqualTo(issued.report().canonicalJson());
            assertThat(new BcSm2SignatureVerifier().verify(attached,
                    Base64.getDecoder().decode(issued.signatureBase64()), platform.certificate().getPublicKey()))
                    .as("the platform's SM2 signature over the attached content").isTrue();
        }
    }

    @Test
    void theIssuedFileIsGenuineAndACopyWithOneChangedByteIsNot() {
        IssuedCreditReport issued = issuer.issuePdf(report());
        assertThat(verifier.verifyPdf(issued.pdf()).verdict()).isEqualTo(Verdict.GENUINE);
        assertThat(verifier.verifyPdf(issued.pdf()).reportNumber()).isEqualTo(issued.report().reportNumber());

        byte[] altered = issued.pdf().clone();
        int at = new String(altered, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/Creator");
        altered[at + 3] ^= 0x01;
        ReportVerification answer = verifier.verifyPdf(altered);
        assertThat(answer.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(answer.reportNumber()).isEqualTo(issued.report().reportNumber());
    }

    @Test
    void aJsonReportIsSignedAndRegisteredForCodeChecks() {
        IssuedCreditReport issued = issuer.issueJson(report());
        assertThat(issued.pdf()).isNull();
        assertThat(verifier.verifyCode(issued.report().reportNumber(),
                issued.contentSm3().substring(0, ReportVerifier.CODE_LENGTH)).verdict()).isEqualTo(Verdict.GENUINE);
    }

    @Test
    void somethingElseIsNoReport() {
        assertThat(verifier.verifyPdf("%PDF-1.7 nonsense".getBytes()).verdict()).isEqualTo(Verdict.NOT_A_REPORT);
        assertThat(verifier.verifyPdf(new byte[0]).verdict()).isEqualTo(Verdict.NOT_A_REPORT);
    }

    @Test
    void aPrintedCopyIsCheckedByNumberAndCode() {
        IssuedCreditReport issued = issuer.issuePdf(report());
        String number = issued.report().reportNumber();
        String code = issued.contentSm3().substring(0, ReportVerifier.CODE_LENGTH);
        assertThat(verifier.verifyCode(number, code.toUpperCase()).verdict()).isEqualTo(Verdict.GENUINE);
        assertThat(verifier.verifyCode(number, "0000000000000000").verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(verifier.verifyCode("JNXY-20261203-000000000000", code).verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(verifier.verifyCode("x' OR '1'='1", code).verdict()).isEqualTo(Verdict.UNKNOWN);
    }
}
