package cn.jining.credithub.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.auth.InternalHeaders;
import cn.jining.credithub.contracts.exchange.Echo;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.gateway.HubTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The REST channel's boundary: nothing a client sends (query parameters, HTTP headers) becomes an internal header,
 * so the audited address and source cannot be forged and a queued message carries the hub's headers only; what no
 * destination can store is refused per record with its rule; repeated keys are MALFORMED; a 1 MB record id is
 * echoed as a bounded prefix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoundaryTest extends HubTestSupport {

    private static final String FORGED = "?CreditHubRemoteAddress=6.6.6.6&credithubauthenticatedsource=jn-court"
            + "&CreditHubRequestTimestamp=2000-01-01T00:00:00Z&CreditHubBatchId=forged&CamelJmsDestinationName=evil"
            + "&JMSXGroupID=evil&_AMQ_DUPL_ID=evil";

    @Autowired
    DataSource dataSource;
    @Autowired
    CamelContext camel;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
    }

    private HttpResponse<String> forged(String sourceId, String json) {
        URI url = URI.create(submissionsUrl() + FORGED);
        return send(signed().post(url, sourceId, json.getBytes(StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("CreditHubRemoteAddress", "6.6.6.6").header("CamelHttpResponseCode", "200")
                .header("JMSXGroupID", "evil").header("X-Anything", "evil").build());
    }

    @Test
    void forgedQueryParametersAndHeadersChangeNeitherTheAuditedAddressNorTheSource() {
        String batchId = "B-\\u0000-" + UUID.randomUUID();
        HttpResponse<String> response = forged("jn-amr", submission("jn-amr", batchId, "R-1"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isEqualTo("MALFORMED");
        assertThat(json(response).get("message").asText()).startsWith("batchId contains the character U+0000 at position 3");
        List<Map<String, Object>> rows = new JdbcTemplate(dataSource).queryForList(
                "SELECT source_id, detail FROM audit_entry WHERE kind = 'REFUSAL' AND batch_id = ?", Echo.of(batchId.replace("\\u0000", "\u0000")));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("SOURCE_ID")).isEqualTo("jn-amr");
            assertThat(row.get("DETAIL").toString()).contains("\"remoteAddress\":\"127.0.0.1\"").doesNotContain("6.6.6.6");
        });
    }

    @Test
    void aForgedAuthenticatedSourceDoesNotLetOneSourceSubmitAsAnother() {
        HttpResponse<String> response = forged("jn-amr", submission("jn-court", "as-other-" + UUID.randomUUID(), "R-2"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(json(response).get("error").asText()).isEqualTo("SOURCE_MISMATCH");
    }

    @Test
    void aQueuedMessageCarriesTheHubsHeadersOnly() throws Exception {
        MockEndpoint queued = camel.getEndpoint("mock:queued", MockEndpoint.class);
        queued.reset();
        queued.expectedMinimumMessageCount(1);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jms:topic:{{credithub.queues.accepted}}").routeId("boundary-test-tap").to("mock:queued");
            }
        });
        try {
            String batchId = "queued-" + UUID.randomUUID();
            HttpResponse<String> response = forged("jn-amr", submission("jn-amr", batchId, "Q-" + UUID.randomUUID()));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            queued.assertIsSatisfied(TimeUnit.SECONDS.toMillis(30));

            Map<String, Object> headers = queued.getReceivedExchanges().get(0).getMessage().getHeaders();
            assertThat(headers).containsEntry("CreditHubBatchId", batchId).containsEntry("CreditHubSourceId", "jn-amr");
            // What the JMS consumer itself reports about the message (JMSMessageID, JMSTimestamp, ...) aside, every
            // property on it is one the hub may queue.
            assertThat(headers.keySet()).filteredOn(name -> !name.startsWith("JMS") && !name.startsWith("Camel"))
                    .allMatch(InternalHeaders::mayQueue, "a header the hub may queue");
            assertThat(headers).doesNotContainKeys("X-Anything", "X-CreditHub-Signature", "Content-Type", "_AMQ_DUPL_ID");
            assertThat(headers.get("JMSXGroupID")).isNull();
            assertThat(headers.get(Exchange.HTTP_RESPONSE_CODE)).isNull();
        } finally {
            camel.getRouteController().stopRoute("boundary-test-tap");
            camel.removeRoute("boundary-test-tap");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\n", "\\ud800", "\\udfff", "\\ufdd0", "\\uffff", "\\ud83f\\udffe"})
    void anIdOrTextNoDestinationCanStoreIsRejectedWithItsRule(String bad) {
        String id = "R-" + UUID.randomUUID();
        JsonNode penalty = SampleRecords.penalty(9100);
        String badName = penalty.toString().replace("\"subjectName\":\"", "\"subjectName\":\"" + bad);
        String json = "{\"sourceId\":\"jn-amr\",\"batchId\":\"" + UUID.randomUUID() + "\",\"records\":["
                + "{\"recordId\":\"" + id + bad + "\",\"category\":\"ADMIN_PENALTY\",\"data\":" + penalty + "},"
                + "{\"recordId\":\"" + id + "\",\"category\":\"ADMIN_PENALTY\",\"data\":" + badName + "},"
                + "{\"recordId\":\"" + id + "-ok\",\"category\":\"ADMIN_PENALTY\",\"data\":" + penalty + "}]}";
        HttpResponse<String> response = send(signed().jsonPost(submissionsUrl(), "jn-amr", json));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode receipt = json(response);
        assertThat(receipt.at("/records/0/violations/0/rule").asText()).isEqualTo("FORBIDDEN_CHARACTER");
        assertThat(receipt.at("/records/0/violations/0/field").asText()).isEqualTo("recordId");
        assertThat(receipt.at("/records/0/recordId").asText()).startsWith(id + "\\u");
        if (bad.equals("\\n")) {
            // Free text may keep its line breaks (trimmed here); an identifier never.
            assertThat(receipt.at("/records/1/status").asText()).isEqualTo("ACCEPTED");
        } else {
            assertThat(receipt.at("/records/1/violations/0/rule").asText()).isEqualTo("FORBIDDEN_CHARACTER");
            assertThat(receipt.at("/records/1/violations/0/field").asText()).isEqualTo("subjectName");
        }
        assertThat(receipt.at("/records/2/status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void aRepeatedKeyIsMalformedNamingIt() {
        String json = submission("jn-amr", "dup-" + UUID.randomUUID(), "D-1").replaceFirst("\\{", "{\"batchId\":\"x\",");
        HttpResponse<String> response = send(signed().jsonPost(submissionsUrl(), "jn-amr", json));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isEqualTo("MALFORMED");
        assertThat(json(response).get("message").asText()).startsWith("key 'batchId' appears more than once in the submission");
    }

    @Test
    void aMistypedTopLevelPropertyIsMalformedAsTheDocsSay() {
        String json = submission("jn-amr", "typo-" + UUID.randomUUID(), "T-1").replace("\"records\"", "\"recrods\"");
        HttpResponse<String> response = send(signed().jsonPost(submissionsUrl(), "jn-amr", json));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).get("message").asText()).startsWith("unknown property 'recrods' at recrods");
    }

    @Test
    void aMegabyteRecordIdIsEchoedAsABoundedPrefix() {
        String huge = "R".repeat(1 << 20);
        String json = submission("jn-amr", "huge-" + UUID.randomUUID(), huge);
        HttpResponse<String> response = send(signed().jsonPost(submissionsUrl(), "jn-amr", json));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).at("/records/0/recordId").asText()).isEqualTo("R".repeat(Echo.MAX_CHARACTERS) + "…");
        assertThat(response.body().length()).isLessThan(4_000);
    }

    private static String submission(String sourceId, String batchId, String recordId) {
        return submissionJson(sourceId, "BATCH", List.of(SampleRecords.penaltyRecord(recordId, 9000)))
                .replace("\"BATCH\"", "\"" + batchId + "\"");
    }
}
