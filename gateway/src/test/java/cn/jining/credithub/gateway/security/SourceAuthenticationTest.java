package cn.jining.credithub.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.auth.RequestSigner;
import cn.jining.credithub.contracts.auth.SignedRequest;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.gateway.HubTestSupport;
import cn.jining.credithub.repository.audit.AuditVerifier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every push request proves its source (docs/rest-api.md, "Authentication"): unsigned, forged, stale, replayed
 * or foreign requests are refused with their code, each leaves a REFUSAL entry in the audit trail, and the
 * trail still verifies. A source submits only its categories and, a county, only its own division's records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SourceAuthenticationTest extends HubTestSupport {

    @Autowired
    DataSource dataSource;
    @Autowired
    AuditVerifier auditVerifier;
    @Autowired
    KeyFolder keys;
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path temp;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
    }

    @Test
    void anUnsignedRequestIsRefusedEvenIfItClaimsTheInternalHeader() {
        byte[] body = batch("jn-amr", "unsigned-1");
        HttpResponse<String> response = send(HttpRequest.newBuilder(submissionsUrl())
                .header("Content-Type", "application/json")
                // SECURITY: a client cannot name itself authenticated.
                .header(SignedRequest.AUTHENTICATED_SOURCE, "jn-amr")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertRefused(response, 401, "UNAUTHENTICATED");
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("CreditHub-SM2");
        assertAudited("-", "UNAUTHENTICATED");
    }

    @Test
    void aPathThatOnlyLooksExemptIsStillAuthenticated() {
        URI traversal = URI.create("http://127.0.0.1:" + port + "/api/v1/province/downward/../../v1/submissions");
        HttpResponse<String> response = send(HttpRequest.newBuilder(traversal).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(batch("jn-amr", "traversal-1"))).build());
        // Refused by the filter itself (it names the scheme), not only by the intake's fail-closed check behind it.
        assertRefused(response, 401, "UNAUTHENTICATED");
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("CreditHub-SM2");
    }

    @Test
    void theProvincesSealedChannelIsNotAskedForASourceSignature() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/province/downward")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        // Whatever the province channel answers an empty envelope, it is not the signature filter's refusal.
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(response.body()).doesNotContain("X-CreditHub-Signature");
    }

    @Test
    void aRequestSignedWithAnotherKeyIsABadSignature() throws Exception {
        byte[] body = batch("jn-tax", "forged-1");
        RequestSigner forger = RequestSigner.of("jn-tax", DemoKeys.generate("jn-tax"));
        HttpRequest.Builder request = HttpRequest.newBuilder(submissionsUrl()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        forger.headers("POST", submissionsUrl().getRawPath(), body).forEach(request::header);
        assertRefused(send(request.build()), 401, "BAD_SIGNATURE");
        assertAudited("jn-tax", "BAD_SIGNATURE");
    }

    @Test
    void aBodyChangedAfterSigningIsABadSignature() {
        byte[] body = batch("jn-eco", "altered-1");
        Map<String, String> headers = signed().headers(submissionsUrl(), "jn-eco", body, Instant.now());
        byte[] altered = new String(body, StandardCharsets.UTF_8).replace("altered-1", "altered-2")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(submissionsUrl()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(altered));
        headers.forEach(request::header);
        assertRefused(send(request.build()), 401, "BAD_SIGNATURE");
    }

    @Test
    void aRequestSignedTooLongAgoIsStale() {
        byte[] body = batch("jn-amr", "stale-1");
        HttpResponse<String> response = send(signed().post(submissionsUrl(), "jn-amr", body,
                Instant.now().minus(Duration.ofMinutes(6))).header("Content-Type", "application/json").build());
        JsonNode error = assertRefused(response, 401, "STALE_REQUEST");
        assertThat(error.get("message").asText()).contains("300 s");
        assertAudited("jn-amr", "STALE_REQUEST");
    }

    @Test
    void anUnregisteredSourceIsUnknown() {
        assertRefused(post("no-such-bureau", "application/json", batch("no-such-bureau", "u-1")), 403, "UNKNOWN_SOURCE");
        assertAudited("no-such-bureau", "UNKNOWN_SOURCE");
    }

    @Test
    void aSourceCannotSubmitInAnotherSourcesName() {
        HttpResponse<String> response = post("jn-court", "application/json", batch("jn-amr", "mismatch-1"));
        JsonNode error = assertRefused(response, 403, "SOURCE_MISMATCH");
        assertThat(error.get("message").asText()).contains("jn-amr").contains("jn-court");
        assertAudited("jn-court", "SOURCE_MISMATCH");
    }

    @Test
    void aReplayedBatchIdIsRefusedNamingTheFirstReceipt() {
        byte[] body = batch("jn-eco", "replay-1");
        HttpResponse<String> first = post("jn-eco", "application/json", body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        String receivedAt = json(first).get("receivedAt").asText();

        JsonNode error = assertRefused(post("jn-eco", "application/json", body), 409, "REPLAYED");
        assertThat(error.get("message").asText()).contains("replay-1").contains(receivedAt.substring(0, 19));
        assertAudited("jn-eco", "REPLAYED");
    }

    @Test
    void aCategoryTheSourceIsNotRegisteredForIsRejectedWithItsRule() {
        HttpResponse<String> response = post("jn-court", "application/json", json("jn-court", "court-1",
                List.of(SampleRecords.penaltyRecord("CT-1", 8801))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).at("/records/0/violations/0/rule").asText()).isEqualTo("CATEGORY_NOT_PERMITTED");
    }

    @Test
    void aCountyMayNotSubmitRecordsOfAnotherDivision() {
        ObjectNode own = SampleRecords.penalty(8811);
        own.put("dataSourceUscc", SampleRecords.creditCode("11370811", 430123));
        HttpResponse<String> response = post("rencheng", "application/json", json("rencheng", "rencheng-1", List.of(
                new SubmittedRecord("RC-1", "ADMIN_PENALTY", own), SampleRecords.penaltyRecord("RC-2", 8812))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode receipt = json(response);
        assertThat(receipt.at("/records/0/status").asText()).isEqualTo("ACCEPTED");
        assertThat(receipt.at("/records/1/status").asText()).isEqualTo("REJECTED");
        assertThat(receipt.at("/records/1/violations/0/rule").asText()).isEqualTo("REGION_NOT_PERMITTED");
        assertThat(receipt.at("/records/1/violations/0/field").asText()).isEqualTo("dataSourceUscc");
    }

    @Test
    void anUnsignedSoapRequestGetsASoapFault() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/soap/submissions")).header("Content-Type", "text/xml;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/"
                        + "envelope/\"><soap:Body/></soap:Envelope>")).build());
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("<faultcode>soap:Client</faultcode>").contains("<h:code>UNAUTHENTICATED</h:code>");
    }

    @Test
    void theAuditTrailOfAllRefusalsStillVerifies() {
        assertRefused(post("no-such-bureau", "application/json", batch("no-such-bureau", "u-2")), 403, "UNKNOWN_SOURCE");
        assertThat(auditVerifier.verify().ok()).isTrue();
    }

    @Test
    void theSubmitCommandSignsAndPostsAFile() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.write(temp.resolve("batch.json"), batch("jn-amr", "cli-1"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        String[] args = {file.toString(), "--source", "jn-amr", "--keystore", keys.sourceKeystore("jn-amr").toString()};
        Map<String, String> env = Map.of(KeysCli.PASSWORD_ENV, KeyConfiguration.DEMO_PASSWORD,
                "CREDITHUB_HUB_URL", "http://127.0.0.1:" + port);

        assertThat(SubmitCli.run(args, env, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8))).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("HTTP 200").contains("\"batchId\":\"cli-1\"");

        // The same file again is a replay: exit 1, the refusal on stderr.
        assertThat(SubmitCli.run(args, env, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(KeysCli.ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("HTTP 409").contains("REPLAYED");
    }

    private void assertAudited(String source, String reason) {
        List<Map<String, Object>> rows = new JdbcTemplate(dataSource).queryForList(
                "SELECT source_id, batch_id, detail FROM audit_entry WHERE kind = 'REFUSAL' AND source_id = ? "
                        + "AND detail LIKE ?", source, "%\"reason\":\"" + reason + "\"%");
        assertThat(rows).as("REFUSAL %s of %s", reason, source).isNotEmpty();
        assertThat(rows.get(0).get("DETAIL").toString()).contains("\"remoteAddress\":\"127.0.0.1\"");
    }

    private static JsonNode assertRefused(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = json(response);
        assertThat(error.get("error").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank().doesNotContain("Exception");
        assertThat(error.get("correlationId").asText()).isNotBlank();
        return error;
    }

    private static byte[] batch(String source, String batchId) {
        return json(source, batchId, List.of(SampleRecords.penaltyRecord("R-" + UUID.randomUUID(), 8800)));
    }

    private static byte[] json(String source, String batchId, List<SubmittedRecord> records) {
        return submissionJson(source, batchId, records).getBytes(StandardCharsets.UTF_8);
    }
}
