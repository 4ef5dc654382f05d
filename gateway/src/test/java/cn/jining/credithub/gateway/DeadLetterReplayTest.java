package cn.jining.credithub.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.adapters.repository.DeliveryMetrics;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.gateway.admin.DeadLetterController;
import cn.jining.credithub.gateway.console.ConsoleAccounts;
import cn.jining.credithub.repository.CreditRecordStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A repository that cannot write (its table renamed away): after the broker's three attempts each batch is a
 * dead letter on DLQ.credit.accepted.repository with its reason; the admin API lists, inspects and discards
 * them, and once the table is back a replay delivers the rest exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability // without it the test's meter registry records nothing
class DeadLetterReplayTest extends HubTestSupport {

    private static final String DLQ = "DLQ.credit.accepted.repository";

    @Autowired
    CreditRecordStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeadLetterController controller;
    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
        ConsoleAccounts.register(registry);
        registry.add("credithub.broker.config", () -> "classpath:broker-fast-redelivery.xml");
        registry.add("credithub.broker.max-delivery-attempts", () -> "3");
    }

    @Test
    void failedBatchesAreDeadLetteredWithTheirReasonAndAReplayDeliversThemOnce() {
        jdbc.execute("ALTER TABLE credit_record RENAME TO credit_record_parked");
        try {
            assertThat(submit("jn-eco", "dl-keep", List.of(SampleRecords.penaltyRecord("DL-1", 9300),
                    SampleRecords.penaltyRecord("DL-2", 9301))).statusCode()).isEqualTo(200);
            assertThat(submit("jn-eco", "dl-drop", List.of(SampleRecords.penaltyRecord("DL-3", 9302)))
                    .statusCode()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(30)).until(() -> json(admin("GET", "")).get("count").asInt() == 2);
        } finally {
            jdbc.execute("ALTER TABLE credit_record_parked RENAME TO credit_record");
        }
        Map<String, JsonNode> byBatch = new HashMap<>();
        for (JsonNode letter : json(admin("GET", "")).get("deadLetters")) {
            byBatch.put(letter.get("batchId").asText(), letter);
            assertThat(letter.get("deadLetterQueue").asText()).isEqualTo(DLQ);
            assertThat(letter.get("originalQueue").asText()).isEqualTo("credit.accepted.repository");
            assertThat(letter.get("sourceId").asText()).isEqualTo("jn-eco");
            assertThat(letter.get("reason").asText()).containsIgnoringCase("credit_record").doesNotContain("\tat ");
            assertThat(Instant.parse(letter.get("failedAt").asText())).isBefore(Instant.now().plusSeconds(1));
        }
        assertThat(byBatch.keySet()).containsExactlyInAnyOrder("dl-keep", "dl-drop");
        // Two batches, three failed attempts each, the last of them dead-lettered.
        assertThat(meters.get(DeliveryMetrics.FAILURES).tag("destination", "repository").counter().count()).isEqualTo(6);
        // The hub dead-lettered them on the last attempt: nothing waits for redelivery, nothing reached the backstop.
        assertThat(queueDepth("credit.accepted.repository")).isZero();
        assertThat(queueDepth("DLQ")).isZero();

        long dropId = byBatch.get("dl-drop").get("messageId").asLong();
        HttpResponse<String> inspected = admin("GET", "/" + dropId);
        assertThat(inspected.statusCode()).isEqualTo(200);
        assertThat(json(inspected).at("/properties/CreditHubFailureReason").asText()).isNotBlank();

        // The audit trail refuses ADMIN entries (a real database failure): no action is done, and the answer says so.
        jdbc.execute("ALTER TABLE audit_entry ADD CONSTRAINT test_no_admin CHECK (kind <> 'ADMIN') NOCHECK");
        try {
            HttpResponse<String> notDiscarded = admin("DELETE", "/" + dropId);
            assertThat(notDiscarded.statusCode()).isEqualTo(503);
            assertThat(json(notDiscarded).get("error").asText()).isEqualTo("AUDIT_UNAVAILABLE");
            assertThat(admin("POST", "/replay").statusCode()).isEqualTo(503);
            assertThat(admin("POST", "/" + byBatch.get("dl-keep").get("messageId").asLong() + "/replay").statusCode())
                    .isEqualTo(503);
            assertThat(json(admin("GET", "")).get("count").asInt()).as("nothing replayed or discarded").isEqualTo(2);
        } finally {
            jdbc.execute("ALTER TABLE audit_entry DROP CONSTRAINT test_no_admin");
        }

        assertThat(admin("DELETE", "/" + dropId).statusCode()).isEqualTo(200);
        assertThat(json(admin("GET", "")).get("count").asInt()).isEqualTo(1);
        assertThat(admin("GET", "/" + dropId).statusCode()).isEqualTo(404);

        HttpResponse<String> replayed = admin("POST", "/replay");
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(json(replayed).get("replayed").asInt()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> store.countBySource("jn-eco") == 2
                && queueDepth("credit.accepted.repository") == 0);
        assertThat(json(admin("GET", "")).get("count").asInt()).isZero();
        for (String recordId : List.of("DL-1", "DL-2")) {
            assertThat(store.find("ADMIN_PENALTY", "jn-eco", recordId)).as(recordId)
                    .hasValueSatisfying(r -> assertThat(r.version()).isEqualTo(1));
        }
        assertThat(store.find("ADMIN_PENALTY", "jn-eco", "DL-3")).isEmpty();
        // Each action done has its entry, the refused ones none.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = 'ADMIN' AND source_id = 'jn-eco'",
                Integer.class)).isEqualTo(2);
    }

    @Test
    void unknownAndMalformedIdsAreAnsweredWithAJsonError() {
        HttpResponse<String> unknown = admin("POST", "/987654321/replay");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("error").asText()).isEqualTo("NOT_FOUND");
        assertThat(json(unknown).get("message").asText()).contains("987654321");

        HttpResponse<String> malformed = admin("DELETE", "/twelve");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("error").asText()).isEqualTo("BAD_MESSAGE_ID");
        assertThat(json(malformed).get("message").asText()).contains("twelve");
    }

    @Test
    void callersFromOtherHostsAreRefused() {
        // Over real HTTP every caller here is loopback; the servlet request stands in for a remote one.
        MockHttpServletRequest remote = new MockHttpServletRequest("GET", "/api/admin/dead-letters");
        remote.setRemoteAddr("10.20.30.40");
        assertThatThrownBy(() -> controller.list(remote)).hasMessageContaining("127.0.0.1");
        MockHttpServletRequest local = new MockHttpServletRequest("GET", "/api/admin/dead-letters");
        local.setRemoteAddr("::1");
        assertThatCode(() -> controller.list(local)).doesNotThrowAnyException();
    }

    private HttpResponse<String> admin(String method, String path) {
        HttpRequest request = ConsoleAccounts.asOperator(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/admin/dead-letters" + path))).method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
