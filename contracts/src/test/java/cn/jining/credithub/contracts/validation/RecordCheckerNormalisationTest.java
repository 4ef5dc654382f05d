package cn.jining.credithub.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.sample.SampleRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Normalisation seen through the checker: the forms it accepts, every error at once, the original kept. */
class RecordCheckerNormalisationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final RecordChecker checker = new RecordChecker(CLOCK);

    // ---- accepted forms: the canonical record and the fingerprint do not depend on the form -----------

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource
    void theFormOfAValueDoesNotChangeTheRecordOrItsFingerprint(String field, JsonNode sent, JsonNode canonical) {
        ObjectNode standard = SampleRecords.penalty(1);
        standard.set(field, canonical);
        ObjectNode other = SampleRecords.penalty(1);
        other.set(field, sent);

        AcceptedRecord expected = accept(standard);
        AcceptedRecord actual = accept(other);

        assertThat(actual.data()).isEqualTo(expected.data());
        assertThat(actual.fingerprint()).isEqualTo(expected.fingerprint());
        assertThat(actual.subjectCode()).isEqualTo(expected.subjectCode());
        assertThat(actual.original().get(field)).isEqualTo(sent);
        assertThat(actual.original()).isNotEqualTo(expected.original());
    }

    static Stream<Arguments> theFormOfAValueDoesNotChangeTheRecordOrItsFingerprint() {
        String uscc = SampleRecords.penalty(1).get("uscc").asText();
        return Stream.of(
                Arguments.of("decisionDate", text("2026/3/1"), text("2026-03-01")),
                Arguments.of("decisionDate", text("2026.3.1"), text("2026-03-01")),
                Arguments.of("decisionDate", text("20260301"), text("2026-03-01")),
                Arguments.of("decisionDate", text("2026年3月1日"), text("2026-03-01")),
                Arguments.of("decisionDate", text("２０２６年３月１日"), text("2026-03-01")),
                Arguments.of("validUntil", text("2027-3-1"), text("2027-03-01")),
                Arguments.of("uscc", text(fullWidth(uscc)), text(uscc)),
                Arguments.of("uscc", text(fullWidth(uscc.toLowerCase(Locale.ROOT))), text(uscc)),
                Arguments.of("authorityUscc", text(" " + fullWidth(SampleRecords.AUTHORITY_USCC) + "\u3000"),
                        text(SampleRecords.AUTHORITY_USCC)),
                Arguments.of("fineAmount", text("2.00"), IntNode.valueOf(2)),
                Arguments.of("fineAmount", text("２"), IntNode.valueOf(2)),
                Arguments.of("fineAmount", DecimalNode.valueOf(new BigDecimal("2.000")), IntNode.valueOf(2)),
                Arguments.of("subjectCategory", text("LEGAL_PERSON"), text("法人及非法人组织")),
                Arguments.of("subjectName", text("\u3000济宁示例企业１有限公司 "), text("济宁示例企业1有限公司")));
    }

    @Test
    void aThousandsSeparatedAmountIsADecimalInTheRecord() {
        ObjectNode data = SampleRecords.penalty(1);
        data.put("fineAmount", "1,234.50");
        JsonNode amount = accept(data).data().get("fineAmount");
        assertThat(amount.isNumber()).isTrue();
        assertThat(amount.decimalValue()).isEqualByComparingTo("1234.5");
    }

    // ---- every error at once ----------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void aRecordReportsAllItsErrors(String name, String recordId, Consumer<ObjectNode> breakage, List<Tuple> expected) {
        ObjectNode data = SampleRecords.penalty(1);
        breakage.accept(data);
        RecordVerdict verdict = checker.check(new SubmittedRecord(recordId, "ADMIN_PENALTY", data));
        assertThat(verdict.isAccepted()).isFalse();
        assertThat(verdict.violations()).extracting(Violation::field, Violation::rule)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> aRecordReportsAllItsErrors() {
        return Stream.of(
                errors("bad date, missing decisionNumber, bad uscc", "r-1", d -> {
                    d.put("decisionDate", "2026-02-30");
                    d.remove("decisionNumber");
                    d.put("uscc", flipLast(d.get("uscc").asText()));
                }, tuple("decisionDate", Rules.FORMAT), tuple("decisionNumber", Rules.REQUIRED),
                        tuple("uscc", Rules.USCC_CHECKSUM)),
                errors("date as a JSON number, unknown field, negative amount", "r-1", d -> {
                    d.put("decisionDate", 20260301);
                    d.put("colour", "red");
                    d.put("fineAmount", "-1,000");
                }, tuple("decisionDate", Rules.FORMAT), tuple("colour", Rules.UNKNOWN_FIELD),
                        tuple("fineAmount", Rules.AMOUNT_NEGATIVE)),
                errors("bad choice, list not an array, bad authority code", "r-1", d -> {
                    d.put("subjectCategory", "公司");
                    d.put("penaltyKinds", "罚款");
                    d.put("authorityUscc", "12345");
                }, tuple("subjectCategory", Rules.FORMAT), tuple("penaltyKinds", Rules.FORMAT),
                        tuple("authorityUscc", Rules.USCC_FORMAT)),
                // fineAmount is required by 罚款, but its unreadable value has been reported already.
                errors("unreadable amount, dates out of order", "r-1", d -> {
                    d.put("fineAmount", "五万元");
                    d.put("validUntil", "2026/2/1");
                }, tuple("fineAmount", Rules.FORMAT), tuple("validUntil", Rules.DATE_ORDER)),
                errors("every date unreadable", "r-1", d -> {
                    d.put("decisionDate", "2024年13月1日");
                    d.put("validUntil", "1e999999");
                    d.put("publicityDeadline", 20270301);
                }, tuple("decisionDate", Rules.FORMAT), tuple("validUntil", Rules.FORMAT),
                        tuple("publicityDeadline", Rules.FORMAT)),
                errors("no record id, bad date, control character", null, d -> {
                    d.put("decisionDate", "--5");
                    d.put("subjectName", "济宁\u0000示例");
                }, tuple("recordId", Rules.RECORD_ID), tuple("decisionDate", Rules.FORMAT),
                        tuple("subjectName", Rules.CONTROL_CHARACTERS)),
                errors("hostile amounts and an over-long text", "r-1", d -> {
                    d.put("fineAmount", "1,2,3");
                    d.set("confiscatedAmount", DecimalNode.valueOf(new BigDecimal("1e999999")));
                    d.put("violationFacts", "事".repeat(10_000));
                }, tuple("fineAmount", Rules.FORMAT), tuple("confiscatedAmount", Rules.FORMAT),
                        tuple("violationFacts", Rules.TOO_LONG)));
    }

    @Test
    void aDateSentAsANumberIsNotReadAsADayCount() {
        ObjectNode data = SampleRecords.penalty(1);
        data.put("decisionDate", 20240101);
        RecordVerdict verdict = checker.check(new SubmittedRecord("r-1", "ADMIN_PENALTY", data));
        assertThat(verdict.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("decisionDate");
            assertThat(v.rule()).isEqualTo(Rules.FORMAT);
            assertThat(v.value()).isEqualTo("20240101");
            assertThat(v.message()).contains("yyyy-MM-dd");
        });
    }

    // ---- the original ----------------------------------------------------------------------------

    @Test
    void theOriginalIsTheDataExactlyAsSubmitted() {
        ObjectNode data = SampleRecords.penalty(1);
        data.put("decisionDate", "2026年3月1日");
        data.put("subjectName", "  济宁示例企业1有限公司  ");
        data.putNull("remarks");
        ObjectNode submitted = data.deepCopy();

        AcceptedRecord accepted = accept(data);

        assertThat(accepted.original()).isEqualTo(submitted);
        assertThat(accepted.data().get("decisionDate").asText()).isEqualTo("2026-03-01");
        assertThat(accepted.data().has("remarks")).isFalse();
        assertThat(accepted.fingerprint()).isEqualTo(Fingerprint.of("ADMIN_PENALTY", accepted.data()));
        // The submitter's tree may be reused afterwards; the accepted record keeps what it was sent.
        data.put("decisionDate", "2026-03-02");
        assertThat(accepted.original()).isEqualTo(submitted);
    }

    @Test
    void theOriginalTravelsWithTheRecord() throws Exception {
        ObjectNode data = SampleRecords.penalty(1);
        data.put("validUntil", "2027/3/1");
        AcceptedRecord accepted = accept(data);

        String json = ContractsJson.mapper().writeValueAsString(accepted);
        AcceptedRecord read = ContractsJson.mapper().readValue(json, AcceptedRecord.class);

        assertThat(read.original().get("validUntil").asText()).isEqualTo("2027/3/1");
        assertThat(read.data().get("validUntil").asText()).isEqualTo("2027-03-01");
        assertThat(read.fingerprint()).isEqualTo(accepted.fingerprint());
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private AcceptedRecord accept(ObjectNode data) {
        RecordVerdict verdict = checker.check(new SubmittedRecord("r-1", "ADMIN_PENALTY", data));
        assertThat(verdict.violations()).as("violations of %s", data).isEmpty();
        return verdict.accepted();
    }

    private static Arguments errors(String name, String recordId, Consumer<ObjectNode> breakage, Tuple... expected) {
        return Arguments.of(name, recordId, breakage, List.of(expected));
    }

    private static TextNode text(String value) {
        return TextNode.valueOf(value);
    }

    private static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.append((char) (c + 0xFEE0)));
        return out.toString();
    }

    private static String flipLast(String code) {
        char last = code.charAt(code.length() - 1);
        return code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');
    }
}
