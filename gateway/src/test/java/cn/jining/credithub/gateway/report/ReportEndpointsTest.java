package cn.jining.credithub.gateway.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jining.credithub.contracts.record.SubjectCategory;
import cn.jining.credithub.gateway.HubTestSupport;
import cn.jining.credithub.services.report.CreditReport;
import cn.jining.credithub.services.report.IssuedCreditReport;
import cn.jining.credithub.services.report.ReportEntry;
import cn.jining.credithub.services.report.ReportField;
import cn.jining.credithub.services.report.ReportIssuer;
import cn.jining.credithub.services.report.ReportNumbers;
import cn.jining.credithub.services.report.ReportSection;
import cn.jining.credithub.services.report.ReportVerifier;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The public verification of credit reports over real HTTP: anonymous, yes-or-no, bounded by a rate. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportEndpointsTest extends HubTestSupport {

    @Autowired
    private ReportIssuer issuer;
    @Autowired
    private ReportNumbers numbers;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
    }

    private IssuedCreditReport issued() {
        assumeTrue(issuer.printsPdf() || !"true".equals(System.getenv("CREDITHUB_REQUIRE_CJK_FONT")),
                "no CJK font on this machine: reports print as JSON only");
        CreditReport report = new CreditReport(numbers.next(), Instant.now(), SubjectCategory.LEGAL_PERSON,
                "91370800MA3C00000X", "济宁某某商贸有限公司", "jn-court", "行政审批",
                List.of(new ReportSection("行政处罚", List.of(new ReportEntry("济市监罚〔2026〕12号",
                        List.of(new ReportField("处罚内容", "罚款五千元")))))));
        return issuer.printsPdf() ? issuer.issuePdf(report) : issuer.issueJson(report);
    }

    private HttpResponse<String> present(byte[] pdf) {
        return send(HttpRequest.newBuilder(url("")).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build());
    }

    private URI url(String query) {
        return URI.create("http://127.0.0.1:" + port + ReportVerificationController.PATH + query);
    }

    @Test
    void anyoneCanTellAnIssuedPdfFromACopyWithOneChangedByte() {
        IssuedCreditReport report = issued();
        assumeTrue(report.pdf() != null, "no CJK font on this machine: no PDF to present");
        HttpResponse<String> genuine = present(report.pdf());
        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(json(genuine).path("verdict").asText()).isEqualTo("GENUINE");
        assertThat(json(genuine).path("reportNumber").asText()).isEqualTo(report.report().reportNumber());
        assertThat(genuine.body()).as("the answer carries no content").doesNotContain("济宁某某", "91370800MA3C00000X");

        byte[] altered = report.pdf().clone();
        altered[altered.length / 2] ^= 0x01;
        JsonNode answer = json(present(altered));
        assertThat(answer.path("verdict").asText()).isIn("ALTERED", "NOT_A_REPORT");
        assertThat(answer.path("verdict").asText()).isNotEqualTo("GENUINE");
    }

    @Test
    void aPrintedCopyIsCheckedByNumberAndCode() {
        IssuedCreditReport report = issued();
        String number = report.report().reportNumber();
        String code = report.contentSm3().substring(0, ReportVerifier.CODE_LENGTH);
        assertThat(json(send(HttpRequest.newBuilder(url("?number=" + number + "&code=" + code)).build()))
                .path("verdict").asText()).isEqualTo("GENUINE");
        assertThat(json(send(HttpRequest.newBuilder(url("?number=" + number + "&code=ffffffffffffffff")).build()))
                .path("verdict").asText()).isEqualTo("ALTERED");
        assertThat(json(send(HttpRequest.newBuilder(url("?number=%27%20OR%201=1--&code=" + code)).build()))
                .path("verdict").asText()).isEqualTo("UNKNOWN");
    }

    @Test
    void anEmptyPresentationIsABadRequestWithAClearReason() {
        HttpResponse<String> answer = present(new byte[0]);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).path("error").asText()).isEqualTo("NO_REPORT");
    }
}
