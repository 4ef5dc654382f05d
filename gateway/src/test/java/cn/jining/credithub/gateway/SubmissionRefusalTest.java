package cn.jining.credithub.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.sample.SampleRecords;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Submissions refused as a whole: each gets its 4xx and a JSON error body that names what is wrong, never
 * a stack trace, and nothing of it reaches the queues.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"credithub.intake.max-body-bytes=65536", "credithub.intake.max-records-per-batch=50"})
class SubmissionRefusalTest extends HubTestSupport {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
    }

    @AfterEach
    void nothingWasQueued() {
        assertThat(queueDepth("credit.intake")).isZero();
        assertThat(queueDepth("credit.accepted.repository")).isZero();
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() {
        JsonNode error = refused(post("application/json", "{\"sourceId\":\"jn-amr\",\n\"batchId\": }".getBytes()), 400, "MALFORMED");
        assertThat(error.get("message").asText()).contains("line 2").doesNotContain("Source:");
    }

    @Test
    void anEmptyBodyIsRefused() {
        refused(post("application/json", new byte[0]), 400, "EMPTY");
    }

    @Test
    void aBatchWithoutRecordsIsRefused() {
        refused(submit("jn-amr", "no-records", List.of()), 400, "EMPTY");
    }

    @Test
    void anUnknownSourceIsRefused() {
        JsonNode error = refused(submit("no-such-bureau", "b1", List.of(SampleRecords.penaltyRecord("R1", 1))), 403,
                "UNKNOWN_SOURCE");
        assertThat(error.get("message").asText()).contains("no-such-bureau");
    }

    @Test
    void aMissingBatchIdIsRefused() {
        refused(post("application/json", "{\"sourceId\":\"jn-amr\",\"records\":[{}]}".getBytes()), 400, "MALFORMED");
    }

    @Test
    void anUnknownTopLevelPropertyIsRefusedByName() {
        JsonNode error = refused(post("application/json",
                "{\"sourceId\":\"jn-amr\",\"batchId\":\"b\",\"records\":[],\"sneaky\":1}".getBytes()), 400, "MALFORMED");
        assertThat(error.get("message").asText()).contains("sneaky");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        byte[] body = new byte[70_000];
        java.util.Arrays.fill(body, (byte) ' ');
        refused(post("application/json", body), 413, "TOO_LARGE");
    }

    @Test
    void tooManyRecordsAreRefused() {
        List<SubmittedRecord> records = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            records.add(new SubmittedRecord("R" + i, "ADMIN_PENALTY", null));
        }
        refused(submit("jn-amr", "many", records), 413, "TOO_MANY_RECORDS");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedByMediaType() {
        refused(post("text/plain", "hello".getBytes()), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aGbkBodyDeclaredAsGbkIsRefusedByMediaType() {
        String json = submissionJson("jn-amr", "gbk", List.of(SampleRecords.penaltyRecord("R1", 1)));
        refused(post("application/json;charset=GBK", json.getBytes(Charset.forName("GBK"))), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void gbkBytesSentAsUtf8AreRefusedAsMalformed() {
        String json = submissionJson("jn-amr", "gbk", List.of(SampleRecords.penaltyRecord("R1", 1)));
        JsonNode error = refused(post("application/json", json.getBytes(Charset.forName("GBK"))), 400, "MALFORMED");
        assertThat(error.get("message").asText()).contains("UTF-8");
    }

    @Test
    void deeplyNestedJsonIsRefusedWithoutExhaustingTheStack() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        byte[] body = ("{\"sourceId\":\"jn-amr\",\"batchId\":\"deep\",\"records\":[{\"recordId\":\"R\","
                + "\"category\":\"ADMIN_PENALTY\",\"data\":" + deep + "}]}").getBytes(StandardCharsets.UTF_8);
        JsonNode error = refused(post("application/json", body), 400, "MALFORMED");
        assertThat(error.get("message").asText()).contains("nested");
    }

    @Test
    void aRecordOfACategoryTheSourceMayNotSubmitIsRejectedAlone() {
        HttpResponse<String> response = submit("jn-amr", "scope", List.of(
                new SubmittedRecord("R1", "NO_SUCH_CATEGORY", SampleRecords.penalty(1))));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).at("/records/0/violations/0/rule").asText()).isEqualTo("UNKNOWN_CATEGORY");
    }

    private static JsonNode refused(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode error = json(response);
        assertThat(error.get("error").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(error.get("correlationId").asText()).isNotBlank();
        return error;
    }
}
