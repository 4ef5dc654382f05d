package cn.jining.credithub.gateway.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.gateway.HubTestSupport;
import cn.jining.credithub.gateway.report.ReportVerificationController;
import cn.jining.credithub.services.report.ReportIssuer;
import cn.jining.credithub.services.report.ReportVerifier;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The query API over real HTTP, signed like submissions: a city bureau's profile query, refusals as the one JSON
 * error body, the audit entry of each query and the subject's "who queried me" at the service window; the subject's
 * credit report as the window prints it, and its public verification (anonymous, yes or no).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryApiTest extends HubTestSupport {

    static final String USCC = SampleRecords.enterpriseUscc(5);

    @Autowired
    DataSource dataSource;
    @Autowired
    ReportIssuer reports;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
        party(registry, 0, "jn-amr", "CITY_BUREAU", "ADMIN_PENALTY", "日常监管");
        party(registry, 1, "jn-eco", "SERVICE_WINDOW", "ADMIN_PENALTY", "本人查询");
        registry.add("credithub.query.parties[1].categories[1]", () -> "ENTERPRISE_BASICS");
        registry.add("credithub.query.parties[0].categories[1]", () -> "ENTERPRISE_BASICS");
    }

    static void party(DynamicPropertyRegistry registry, int i, String id, String role, String category, String purpose) {
        String entry = "credithub.query.parties[" + i + "].";
        registry.add(entry + "party-id", () -> id);
        registry.add(entry + "role", () -> role);
        registry.add(entry + "categories[0]", () -> category);
        registry.add(entry + "purposes[0]", () -> purpose);
        registry.add(entry + "per-minute", () -> 100);
        registry.add(entry + "per-day", () -> 1000);
    }

    @BeforeEach
    void subjectInRepository() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM credit_record WHERE subject_code = ?", Integer.class, USCC) == 2) {
            return;
        }
        assertThat(submit("jn-amr", "query-data", List.of(
                SampleRecords.record(RecordCategory.ENTERPRISE_BASICS, "Q-EB-5", 5),
                SampleRecords.record(RecordCategory.ADMIN_PENALTY, "Q-PEN-5", 5))).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM credit_record WHERE subject_code = ?", Integer.class, USCC) == 2);
    }

    HttpResponse<String> query(String party, String path, String json) {
        URI url = URI.create("http://127.0.0.1:" + port + QueryController.BASE + path);
        return send(signed().post(url, party, json.getBytes(StandardCharsets.UTF_8))
                .header("Content-Type", "application/json").build());
    }

    static JsonNode body(HttpResponse<String> response) throws Exception {
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        return ContractsJson.mapper().readTree(response.body());
    }

    @Test
    void aSignedQueryIsAnsweredAuditedAndListedForTheSubject() throws Exception {
        HttpResponse<String> answer = query("jn-amr", "/profile", "{\"requestId\":\"api-q-1\",\"onBehalfOf\":\"officer 7\","
                + "\"code\":\"" + USCC + "\",\"purpose\":\"日常监管\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode profile = body(answer);
        assertThat(profile.at("/subject/name").asText()).isEqualTo("济宁示例企业5有限公司");
        assertThat(profile.get("records")).extracting(r -> r.get("category").asText())
                .containsExactly("ADMIN_PENALTY", "ENTERPRISE_BASICS");
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "SELECT kind FROM audit_entry WHERE batch_id = 'api-q-1' AND source_id = 'jn-amr'", String.class))
                .isEqualTo("QUERY");

        HttpResponse<String> list = query("jn-eco", "/who-queried-me", "{\"onBehalfOf\":\"operator 3 for the subject\","
                + "\"identityChecked\":true,\"code\":\"" + USCC + "\",\"purpose\":\"本人查询\"}");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(body(list)).anySatisfy(q -> {
            assertThat(q.get("partyId").asText()).isEqualTo("jn-amr");
            assertThat(q.get("requestId").asText()).isEqualTo("api-q-1");
            assertThat(q.get("purpose").asText()).isEqualTo("日常监管");
        });
    }

    @Test
    void refusalsAreTheOneErrorBodyNamingTheRule() throws Exception {
        JsonNode noPurpose = body(query("jn-amr", "/profile", "{\"code\":\"" + USCC + "\"}"));
        assertThat(noPurpose.get("error").asText()).isEqualTo("PURPOSE_REQUIRED");
        assertThat(noPurpose.get("correlationId").asText()).isNotBlank();
        HttpResponse<String> noPolicy = query("jn-tax", "/profile", "{\"code\":\"" + USCC + "\",\"purpose\":\"x\"}");
        assertThat(noPolicy.statusCode()).isEqualTo(403);
        assertThat(body(noPolicy).get("error").asText()).isEqualTo("NO_POLICY");
        HttpResponse<String> window = query("jn-eco", "/profile", "{\"code\":\"" + USCC + "\",\"purpose\":\"本人查询\"}");
        assertThat(body(window).get("error").asText()).isEqualTo("IDENTITY_NOT_CHECKED");
        HttpResponse<String> malformed = query("jn-amr", "/profile", "{\"code\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(body(malformed).get("error").asText()).isEqualTo("MALFORMED");
        HttpResponse<String> unknown = query("jn-amr", "/profile", "{\"code\":\"NO-SUCH\",\"purpose\":\"日常监管\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        HttpResponse<String> unsigned = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + QueryController.BASE + "/profile")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(unsigned.statusCode()).isIn(401, 403);
        assertThat(unsigned.body()).doesNotContain("Exception");
    }

    HttpResponse<byte[]> pdfReport(String party, String json) {
        URI url = URI.create("http://127.0.0.1:" + port + QueryController.BASE + "/report?format=pdf");
        try {
            return http.send(signed().post(url, party, json.getBytes(StandardCharsets.UTF_8))
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> presentReport(byte[] pdf) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + ReportVerificationController.PATH))
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build());
    }

    HttpResponse<String> verifyCode(String query) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + ReportVerificationController.PATH
                + query)).build());
    }

    @Test
    void theWindowPrintsTheSubjectsReportWhichAnyoneCanVerifyAndNoAlteredCopyPasses() throws Exception {
        assumeTrue(reports.printsPdf() || "true".equals(System.getenv("CREDITHUB_REQUIRE_CJK_FONT")),
                "no CJK font on this machine: reports are JSON only (docs/reports.md)");
        HttpResponse<byte[]> answer = pdfReport("jn-eco", "{\"requestId\":\"api-r-1\",\"onBehalfOf\":\"operator 3 for "
                + "the subject\",\"identityChecked\":true,\"code\":\"" + USCC + "\",\"purpose\":\"本人查询\"}");
        assertThat(answer.statusCode()).as(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String number = answer.headers().firstValue("X-Report-Number").orElseThrow();
        try (PDDocument document = Loader.loadPDF(answer.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("信用报告", number, "济宁示例企业5有限公司",
                    "行政处罚（1 条）", "查询事由：本人查询");
        }
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "SELECT kind FROM audit_entry WHERE batch_id = 'api-r-1' AND source_id = 'jn-eco'", String.class))
                .as("the report's query is audited like any other").isEqualTo("QUERY");

        HttpResponse<String> genuine = presentReport(answer.body());
        assertThat(body(genuine).get("verdict").asText()).isEqualTo("GENUINE");
        assertThat(body(genuine).get("reportNumber").asText()).isEqualTo(number);
        assertThat(genuine.body()).as("the answer carries no content").doesNotContain("济宁示例", USCC);
        byte[] altered = answer.body().clone();
        altered[altered.length / 2] ^= 0x01;
        assertThat(body(presentReport(altered)).get("verdict").asText()).isIn("ALTERED", "NOT_A_REPORT");
        assertThat(presentReport(new byte[0]).statusCode()).isEqualTo(400);
        assertThat(body(verifyCode("?number=%27%20OR%201=1--&code=0123456789abcdef")).get("verdict").asText())
                .isEqualTo("UNKNOWN");
    }

    @Test
    void aJsonReportCarriesTheSignedContentAndIsRefusedLikeTheQueryItIs() throws Exception {
        HttpResponse<String> answer = query("jn-amr", "/report", "{\"onBehalfOf\":\"officer 7\",\"code\":\"" + USCC
                + "\",\"purpose\":\"日常监管\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode issued = body(answer);
        String number = issued.at("/report/reportNumber").asText();
        String code = issued.get("contentSm3").asText().substring(0, ReportVerifier.CODE_LENGTH);
        assertThat(body(verifyCode("?number=" + number + "&code=" + code)).get("verdict").asText()).isEqualTo("GENUINE");
        assertThat(body(verifyCode("?number=" + number + "&code=ffffffffffffffff")).get("verdict").asText())
                .isEqualTo("ALTERED");
        assertThat(body(query("jn-amr", "/report", "{\"code\":\"" + USCC + "\"}")).get("error").asText())
                .isEqualTo("PURPOSE_REQUIRED");
    }
}
