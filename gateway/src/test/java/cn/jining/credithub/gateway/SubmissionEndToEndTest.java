package cn.jining.credithub.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.repository.CreditRecordStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 1,000 records in ten batches over real HTTP, one in ten invalid in its own way: the receipts say exactly
 * which were accepted and why the others were not, and every accepted record reaches the repository once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubmissionEndToEndTest extends HubTestSupport {

    private static final int BATCHES = 10;
    private static final int PER_BATCH = 100;

    @Autowired
    CreditRecordStore store;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
    }

    /** The invalid variants, by record number mod 10 == 9, cycling over the batches: rule expected per variant. */
    private static final List<Map.Entry<String, String>> BREAKAGES = List.of(
            Map.entry("uscc", "USCC_CHECKSUM"),
            Map.entry("decisionNumber", "REQUIRED"),
            Map.entry("penaltyKinds", "CODE_TABLE"),
            Map.entry("decisionDate", "FORMAT"),
            Map.entry("validUntil", "DATE_ORDER"),
            Map.entry("fineAmount", "AMOUNT_NEGATIVE"),
            Map.entry("authorityUscc", "USCC_FORMAT"),
            Map.entry("nickname", "UNKNOWN_FIELD"),
            Map.entry("decisionDate", "DATE_IN_FUTURE"),
            Map.entry("violationFacts", "CONTROL_CHARACTERS"));

    @Test
    void everyValidRecordReachesTheRepositoryExactlyOnceAndEveryInvalidOneIsAnsweredWithItsRule() {
        Map<String, String> expectedRejections = new HashMap<>();
        List<String> expectedAccepted = new ArrayList<>();
        for (int b = 0; b < BATCHES; b++) {
            List<SubmittedRecord> records = new ArrayList<>();
            for (int i = 0; i < PER_BATCH; i++) {
                int n = b * PER_BATCH + i;
                String recordId = "E2E-" + n;
                ObjectNode data = SampleRecords.penalty(n);
                if (i % 10 == 9) {
                    Map.Entry<String, String> breakage = BREAKAGES.get((n / 10) % BREAKAGES.size());
                    breakRecord(data, breakage.getKey(), breakage.getValue());
                    expectedRejections.put(recordId, breakage.getKey() + ":" + breakage.getValue());
                } else {
                    expectedAccepted.add(recordId);
                }
                records.add(new SubmittedRecord(recordId, "ADMIN_PENALTY", data));
            }
            HttpResponse<String> response = submit("jn-amr", "e2e-batch-" + b, records);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode receipt = json(response);
            assertThat(receipt.get("accepted").asInt()).isEqualTo(90);
            assertThat(receipt.get("rejected").asInt()).isEqualTo(10);
            for (JsonNode outcome : receipt.get("records")) {
                String recordId = outcome.get("recordId").asText();
                if (expectedRejections.containsKey(recordId)) {
                    assertThat(outcome.get("status").asText()).isEqualTo("REJECTED");
                    JsonNode violation = outcome.get("violations").get(0);
                    assertThat(violation.get("field").asText() + ":" + violation.get("rule").asText())
                            .as("violation of %s", recordId).isEqualTo(expectedRejections.get(recordId));
                } else {
                    assertThat(outcome.get("status").asText()).isEqualTo("ACCEPTED");
                    assertThat(outcome.get("fingerprint").asText()).hasSize(64);
                }
            }
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(store.countBySource("jn-amr")).isEqualTo(expectedAccepted.size()));
        for (String recordId : expectedAccepted) {
            assertThat(store.find("ADMIN_PENALTY", "jn-amr", recordId))
                    .as(recordId).hasValueSatisfying(r -> assertThat(r.version()).isEqualTo(1));
        }
        for (String recordId : expectedRejections.keySet()) {
            assertThat(store.find("ADMIN_PENALTY", "jn-amr", recordId)).as(recordId).isEmpty();
        }
    }

    @Test
    void theSameBatchSubmittedTwiceLeavesOneRowAndOneVersionPerRecord() {
        List<SubmittedRecord> records = new ArrayList<>();
        for (int n = 5000; n < 5050; n++) {
            records.add(SampleRecords.penaltyRecord("TWICE-" + n, n));
        }
        assertThat(submit("jn-tax", "twice-1", records).statusCode()).isEqualTo(200);
        // A copy of the request is refused as a replay (docs/rest-api.md, Authentication); a source that lost the
        // receipt sends the same records under a new batch id, and they are not duplicated.
        HttpResponse<String> replayed = submit("jn-tax", "twice-1", records);
        assertThat(replayed.statusCode()).isEqualTo(409);
        assertThat(json(replayed).get("error").asText()).isEqualTo("REPLAYED");
        assertThat(submit("jn-tax", "twice-2", records).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> queueDepth("credit.intake") == 0
                && queueDepth("credit.accepted.repository") == 0
                && store.find("ADMIN_PENALTY", "jn-tax", "TWICE-5049").isPresent());
        for (int n = 5000; n < 5050; n++) {
            assertThat(store.find("ADMIN_PENALTY", "jn-tax", "TWICE-" + n))
                    .hasValueSatisfying(r -> assertThat(r.version()).isEqualTo(1));
        }
    }

    @Test
    void aChangedRecordGetsTheNextVersion() {
        SubmittedRecord first = SampleRecords.penaltyRecord("CHANGED-1", 7000);
        ObjectNode changed = SampleRecords.penalty(7000);
        changed.put("remarks", "更正：处罚内容补充说明");
        assertThat(submit("jn-eco", "changed-1", List.of(first)).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> store.find("ADMIN_PENALTY", "jn-eco", "CHANGED-1").isPresent());

        assertThat(submit("jn-eco", "changed-2", List.of(new SubmittedRecord("CHANGED-1", "ADMIN_PENALTY", changed)))
                .statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(store.find("ADMIN_PENALTY", "jn-eco", "CHANGED-1")).hasValueSatisfying(r -> {
                    assertThat(r.version()).isEqualTo(2);
                    assertThat(r.payload()).contains("更正");
                }));
    }

    private static void breakRecord(ObjectNode data, String field, String rule) {
        switch (rule) {
            case "USCC_CHECKSUM" -> data.put(field, flipLast(data.get(field).asText()));
            case "REQUIRED" -> data.remove(field);
            case "CODE_TABLE" -> data.putArray(field).add("罚酒三杯");
            case "FORMAT" -> data.put(field, "2026-13-45");
            case "DATE_ORDER" -> data.put(field, "2020-01-01");
            case "AMOUNT_NEGATIVE" -> data.put(field, -3);
            case "USCC_FORMAT" -> data.put(field, "12345");
            case "UNKNOWN_FIELD" -> data.put(field, "x");
            case "DATE_IN_FUTURE" -> {
                data.put(field, "2999-01-01");
                data.put("validUntil", "2999-12-31");
            }
            // C0 controls are FORBIDDEN_CHARACTER (no destination stores them); DEL and C1 controls are this rule.
            case "CONTROL_CHARACTERS" -> data.put(field, "delete\u007f");
            default -> throw new IllegalArgumentException(rule);
        }
    }

    private static String flipLast(String code) {
        char last = code.charAt(code.length() - 1);
        return code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');
    }
}
