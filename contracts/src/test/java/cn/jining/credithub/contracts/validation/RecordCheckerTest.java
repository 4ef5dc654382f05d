package cn.jining.credithub.contracts.validation;

import static cn.jining.credithub.contracts.code.TestCodes.EXAMPLE_ID_NUMBER;
import static cn.jining.credithub.contracts.code.TestCodes.HUAWEI_USCC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jining.credithub.contracts.code.TestCodes;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordCheckerTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    /** 济宁市 authorities: 机构编制 (1), 机关 (1), division 370800. */
    private static final String AUTHORITY_USCC = TestCodes.uscc("1137080000430112");
    private static final String DATA_SOURCE_USCC = TestCodes.uscc("1137080000430120");
    /** A code with letters, to show that lower case is normalised. */
    private static final String USCC_WITH_LETTERS = TestCodes.uscc("91370800MA3C4L7P");

    private final RecordChecker checker = new RecordChecker(CLOCK);

    // ---- accepted records -------------------------------------------------------------------------

    @Test
    void acceptsLegalPersonRecord() {
        AcceptedRecord accepted = accept(legalPerson());
        assertThat(accepted.category()).isEqualTo("ADMIN_PENALTY");
        assertThat(accepted.recordId()).isEqualTo("r-1");
        assertThat(accepted.fingerprint()).matches("[0-9a-f]{64}");
        assertThat(accepted.fingerprint()).isEqualTo(Fingerprint.of("ADMIN_PENALTY", accepted.data()));
        assertThat(accepted.subjectCategory()).isEqualTo("LEGAL_PERSON");
        assertThat(accepted.subjectCode()).isEqualTo(HUAWEI_USCC);
        assertThat(accepted.data().get("subjectCategory").asText()).isEqualTo("法人及非法人组织");
    }

    @Test
    void acceptsNaturalPersonRecord() {
        AcceptedRecord accepted = accept(naturalPerson());
        assertThat(accepted.fingerprint()).matches("[0-9a-f]{64}");
        assertThat(accepted.subjectCategory()).isEqualTo("NATURAL_PERSON");
        assertThat(accepted.subjectCode()).isEqualTo("身份证:" + EXAMPLE_ID_NUMBER);
    }

    @Test
    void acceptsDecisionDateOfToday() {
        ObjectNode data = legalPerson();
        data.put("decisionDate", TODAY.toString());
        accept(data);
    }

    @Test
    void lowerCaseCreditCodeIsNormalised() {
        ObjectNode data = legalPerson();
        data.put("uscc", USCC_WITH_LETTERS.toLowerCase(Locale.ROOT));
        AcceptedRecord accepted = accept(data);
        assertThat(accepted.subjectCode()).isEqualTo(USCC_WITH_LETTERS);
        assertThat(accepted.data().get("uscc").asText()).isEqualTo(USCC_WITH_LETTERS);
    }

    @Test
    void lowerCaseXInIdNumberIsNormalised() {
        ObjectNode data = naturalPerson();
        data.put("idNumber", EXAMPLE_ID_NUMBER.toLowerCase(Locale.ROOT));
        assertThat(accept(data).subjectCode()).isEqualTo("身份证:" + EXAMPLE_ID_NUMBER);
    }

    // ---- fingerprints -----------------------------------------------------------------------------

    @Test
    void keyOrderAndSurroundingWhitespaceDoNotChangeTheFingerprint() {
        ObjectNode original = legalPerson();
        ObjectNode reordered = ContractsJson.mapper().createObjectNode();
        List<String> names = new ArrayList<>();
        original.fieldNames().forEachRemaining(names::add);
        Collections.reverse(names);
        for (String name : names) {
            reordered.set(name, padded(original.get(name)));
        }
        assertThat(reordered.toString()).isNotEqualTo(original.toString());
        assertThat(accept(reordered).fingerprint()).isEqualTo(accept(original).fingerprint());
    }

    @Test
    void aChangedValueChangesTheFingerprint() {
        ObjectNode changed = legalPerson();
        changed.put("violationFacts", "当事人在其网站发布虚假广告，情节较轻。");
        assertThat(accept(changed).fingerprint()).isNotEqualTo(accept(legalPerson()).fingerprint());
    }

    @Test
    void codesAndLabelsOfCodeTablesGiveTheSameRecord() {
        ObjectNode byCode = naturalPerson();
        byCode.put("idType", "001");
        byCode.set("penaltyKinds", array("01", "03"));
        AcceptedRecord fromCodes = accept(byCode);
        AcceptedRecord fromLabels = accept(naturalPerson());
        assertThat(fromCodes.subjectCode()).isEqualTo(fromLabels.subjectCode());
        assertThat(fromCodes.data()).isEqualTo(fromLabels.data());
        assertThat(fromCodes.fingerprint()).isEqualTo(fromLabels.fingerprint());
    }

    // ---- rejected records -------------------------------------------------------------------------

    @ParameterizedTest(name = "legal person without {0}")
    @ValueSource(strings = {"subjectName", "subjectCategory", "uscc", "legalRepresentative", "decisionNumber",
            "violationType", "violationFacts", "penaltyBasis", "penaltyKinds", "penaltyContent", "decisionDate",
            "validUntil", "authority", "authorityUscc", "dataSource", "dataSourceUscc"})
    void legalPersonRequiredFields(String field) {
        ObjectNode data = legalPerson();
        data.remove(field);
        assertThat(violations(data)).containsExactly(tuple(field, Rules.REQUIRED));
    }

    @ParameterizedTest(name = "natural person without {0}")
    @ValueSource(strings = {"idType", "idNumber", "subjectName", "decisionDate"})
    void naturalPersonRequiredFields(String field) {
        ObjectNode data = naturalPerson();
        data.remove(field);
        assertThat(violations(data)).containsExactly(tuple(field, Rules.REQUIRED));
    }

    @Test
    void naturalPersonNeedsNeitherCreditCodeNorLegalRepresentative() {
        ObjectNode data = naturalPerson();
        assertThat(data.has("uscc") || data.has("legalRepresentative")).isFalse();
        accept(data);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejects(String name, ObjectNode data, List<Tuple> expected) {
        assertThat(violations(data)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> rejections() {
        return Stream.of(
                rejection("blank subjectName", legalPerson(), d -> d.put("subjectName", " \u3000 "),
                        tuple("subjectName", Rules.REQUIRED)),
                rejection("only blank penalty kinds", legalPerson(), d -> d.set("penaltyKinds", array(" ", "")),
                        tuple("penaltyKinds", Rules.REQUIRED)),
                rejection("bad uscc", legalPerson(), d -> d.put("uscc", "914403001922038217"),
                        tuple("uscc", Rules.USCC_CHECKSUM)),
                rejection("uscc with a forbidden letter", legalPerson(), d -> d.put("uscc", "91440300I922038216"),
                        tuple("uscc", Rules.USCC_FORMAT)),
                rejection("uscc with a wrong organisation-code check char", legalPerson(),
                        d -> d.put("uscc", TestCodes.withCheckChar(HUAWEI_USCC.substring(0, 16) + "2")),
                        tuple("uscc", Rules.USCC_ORG_CODE_CHECKSUM)),
                rejection("bad authorityUscc", legalPerson(), d -> d.put("authorityUscc", "914403001922038217"),
                        tuple("authorityUscc", Rules.USCC_CHECKSUM)),
                rejection("bad dataSourceUscc", legalPerson(), d -> d.put("dataSourceUscc", "1137080000430"),
                        tuple("dataSourceUscc", Rules.USCC_FORMAT)),
                rejection("bad idNumber", naturalPerson(), d -> d.put("idNumber", "110105194912310021"),
                        tuple("idNumber", Rules.ID_NUMBER_CHECKSUM)),
                rejection("idNumber with impossible birth date", naturalPerson(),
                        d -> d.put("idNumber", TestCodes.idNumber("11010519490230002")),
                        tuple("idNumber", Rules.ID_NUMBER_BIRTH_DATE)),
                rejection("idNumber with a letter", naturalPerson(), d -> d.put("idNumber", "11010519491231A02X"),
                        tuple("idNumber", Rules.ID_NUMBER_FORMAT)),
                rejection("unknown idType", naturalPerson(), d -> d.put("idType", "驾驶证"),
                        tuple("idType", Rules.CODE_TABLE)),
                rejection("bad legal representative id number", legalPerson(),
                        d -> d.put("legalRepresentativeIdType", "身份证").put("legalRepresentativeIdNumber", "110105194912310021"),
                        tuple("legalRepresentativeIdNumber", Rules.ID_NUMBER_CHECKSUM)),
                rejection("unknown penalty kind", legalPerson(), d -> d.set("penaltyKinds", array("罚款", "罚金")),
                        tuple("penaltyKinds", Rules.CODE_TABLE)),
                rejection("decisionDate in the future", legalPerson(), d -> d.put("decisionDate", "2026-11-27"),
                        tuple("decisionDate", Rules.DATE_IN_FUTURE)),
                rejection("validUntil before decisionDate", legalPerson(), d -> d.put("validUntil", "2026-10-14"),
                        tuple("validUntil", Rules.DATE_ORDER)),
                rejection("publicityDeadline before decisionDate", legalPerson(),
                        d -> d.put("publicityDeadline", "2026-10-01"),
                        tuple("publicityDeadline", Rules.DATE_ORDER)),
                rejection("negative fineAmount", legalPerson(), d -> d.put("fineAmount", new BigDecimal("-0.5")),
                        tuple("fineAmount", Rules.AMOUNT_NEGATIVE)),
                rejection("罚款 without fineAmount", legalPerson(), d -> d.remove("fineAmount"),
                        tuple("fineAmount", Rules.AMOUNT_REQUIRED)),
                rejection("罚款 given by its code without fineAmount", legalPerson(),
                        d -> d.<ObjectNode>without("fineAmount").set("penaltyKinds", array("03")),
                        tuple("fineAmount", Rules.AMOUNT_REQUIRED)),
                rejection("confiscation without confiscatedAmount", legalPerson(),
                        d -> d.set("penaltyKinds", array("罚款", "没收违法所得")),
                        tuple("confiscatedAmount", Rules.AMOUNT_REQUIRED)),
                rejection("control character in violationFacts", legalPerson(),
                        d -> d.put("violationFacts", "当事人\u0007发布虚假广告"),
                        tuple("violationFacts", Rules.CONTROL_CHARACTERS)),
                rejection("unknown field", legalPerson(), d -> d.put("colour", "red"),
                        tuple("colour", Rules.UNKNOWN_FIELD)),
                rejection("impossible decisionDate", legalPerson(), d -> d.put("decisionDate", "2024-13-45"),
                        tuple("decisionDate", Rules.FORMAT)),
                rejection("unknown subjectCategory", legalPerson(), d -> d.put("subjectCategory", "foo"),
                        tuple("subjectCategory", Rules.FORMAT)),
                rejection("fineAmount not a number", legalPerson(), d -> d.put("fineAmount", "五万元"),
                        tuple("fineAmount", Rules.FORMAT)),
                rejection("penaltyKinds not an array", legalPerson(), d -> d.set("penaltyKinds", ContractsJson.mapper()
                        .createObjectNode().put("kind", "罚款")), tuple("penaltyKinds", Rules.FORMAT)));
    }

    @Test
    void formatViolationsNameTheExpectedFormNotAJavaType() {
        ObjectNode badDate = legalPerson();
        badDate.put("decisionDate", "2024-13-45");
        ObjectNode badCategory = legalPerson();
        badCategory.put("subjectCategory", "foo");
        Violation date = single(badDate);
        Violation category = single(badCategory);
        assertThat(date.message()).contains("decisionDate", "yyyy-MM-dd");
        assertThat(category.message()).contains("subjectCategory", "法人及非法人组织", "自然人", "个体工商户");
        for (Violation v : List.of(date, category)) {
            assertThat(v.message())
                    .doesNotContain("java", "LocalDate", "SubjectCategory", "Exception", "cn.jining")
                    .doesNotContainPattern("\\b[a-z]+(\\.[a-z]+)+\\.[A-Z]");
        }
    }

    @Test
    void reportsEveryProblemOfARecord() {
        ObjectNode data = legalPerson();
        data.remove("subjectName");
        data.put("uscc", "914403001922038217");
        data.put("violationFacts", "当事人\u0000发布虚假广告");
        data.set("penaltyKinds", array("罚款", "罚金"));
        data.put("fineAmount", -5);
        data.put("decisionDate", "2026-12-01");
        data.put("validUntil", "2026-11-30");
        data.put("authorityUscc", "914403001922038210");
        assertThat(violations(data)).containsExactlyInAnyOrder(
                tuple("subjectName", Rules.REQUIRED),
                tuple("uscc", Rules.USCC_CHECKSUM),
                tuple("violationFacts", Rules.CONTROL_CHARACTERS),
                tuple("penaltyKinds", Rules.CODE_TABLE),
                tuple("fineAmount", Rules.AMOUNT_NEGATIVE),
                tuple("decisionDate", Rules.DATE_IN_FUTURE),
                tuple("validUntil", Rules.DATE_ORDER),
                tuple("authorityUscc", Rules.USCC_CHECKSUM));
    }

    @Test
    void reportsEveryUnknownField() {
        ObjectNode data = legalPerson();
        data.put("colour", "red");
        data.put("size", 3);
        assertThat(violations(data)).containsExactlyInAnyOrder(
                tuple("colour", Rules.UNKNOWN_FIELD), tuple("size", Rules.UNKNOWN_FIELD));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADMIN_COERCION", "行政强制", "penalty"})
    void unknownCategory(String category) {
        assertThat(violations(new SubmittedRecord("r-1", category, legalPerson())))
                .containsExactly(tuple("category", Rules.UNKNOWN_CATEGORY));
    }

    @Test
    void categoryByLabel() {
        assertThat(checker.check(new SubmittedRecord("r-1", "行政处罚", legalPerson())).isAccepted()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void missingRecordId(String recordId) {
        assertThat(violations(new SubmittedRecord(recordId, "ADMIN_PENALTY", legalPerson())))
                .containsExactly(tuple("recordId", Rules.RECORD_ID));
    }

    @Test
    void recordIdAtMostMaxLength() {
        String longest = "r".repeat(RecordChecker.MAX_RECORD_ID);
        assertThat(checker.check(new SubmittedRecord(longest, "ADMIN_PENALTY", legalPerson())).isAccepted()).isTrue();
        assertThat(violations(new SubmittedRecord(longest + "r", "ADMIN_PENALTY", legalPerson())))
                .containsExactly(tuple("recordId", Rules.RECORD_ID));
    }

    @Test
    void dataMustBeAnObject() {
        assertThat(violations(new SubmittedRecord("r-1", "ADMIN_PENALTY", array("x"))))
                .containsExactly(tuple("data", Rules.FORMAT));
        assertThat(violations(new SubmittedRecord("r-1", "ADMIN_PENALTY", null)))
                .containsExactly(tuple("data", Rules.REQUIRED));
    }

    @Test
    void checkingLeavesTheSubmittedTreeAsItCame() {
        ObjectNode data = legalPerson();
        data.put("subjectName", "  济宁示例科技有限公司  ");
        ObjectNode before = data.deepCopy();
        accept(data);
        assertThat(data).isEqualTo(before);
    }

    // ---- fixtures and helpers ---------------------------------------------------------------------

    static ObjectNode legalPerson() {
        ObjectNode d = ContractsJson.mapper().createObjectNode();
        d.put("subjectName", "济宁示例科技有限公司");
        d.put("subjectCategory", "法人及非法人组织");
        d.put("uscc", HUAWEI_USCC);
        d.put("legalRepresentative", "张三");
        d.put("decisionNumber", "济市监处罚〔2026〕12号");
        d.put("violationType", "虚假宣传");
        d.put("violationFacts", "当事人在其网站发布虚假广告。");
        d.put("penaltyBasis", "《中华人民共和国广告法》第五十五条");
        d.set("penaltyKinds", array("警告", "罚款"));
        d.put("penaltyContent", "警告，并处罚款五万元");
        d.put("fineAmount", new BigDecimal("5"));
        d.put("decisionDate", "2026-10-15");
        d.put("validUntil", "2027-10-15");
        d.put("authority", "济宁市市场监督管理局");
        d.put("authorityUscc", AUTHORITY_USCC);
        d.put("dataSource", "济宁市市场监督管理局");
        d.put("dataSourceUscc", DATA_SOURCE_USCC);
        return d;
    }

    static ObjectNode naturalPerson() {
        return CategoryFixture.asNaturalPerson(legalPerson());
    }

    private static Arguments rejection(String name, ObjectNode base, Consumer<ObjectNode> change, Tuple... expected) {
        change.accept(base);
        return Arguments.of(name, base, List.of(expected));
    }

    private static ArrayNode array(String... values) {
        ArrayNode array = ContractsJson.mapper().createArrayNode();
        for (String v : values) {
            array.add(v);
        }
        return array;
    }

    /** The same value with white space (ASCII and ideographic) around text, inside arrays too. */
    private static JsonNode padded(JsonNode value) {
        if (value.isTextual()) {
            return TextNode.valueOf(" \t" + value.asText() + "\u3000 ");
        }
        if (value.isArray()) {
            ArrayNode out = ContractsJson.mapper().createArrayNode();
            value.forEach(element -> out.add(padded(element)));
            return out;
        }
        return value;
    }

    private AcceptedRecord accept(ObjectNode data) {
        RecordVerdict verdict = checker.check(new SubmittedRecord("r-1", "ADMIN_PENALTY", data));
        assertThat(verdict.violations()).as("violations of %s", data).isEmpty();
        assertThat(verdict.isAccepted()).isTrue();
        return verdict.accepted();
    }

    private List<Tuple> violations(ObjectNode data) {
        return violations(new SubmittedRecord("r-1", "ADMIN_PENALTY", data));
    }

    private List<Tuple> violations(SubmittedRecord submitted) {
        RecordVerdict verdict = checker.check(submitted);
        assertThat(verdict.isAccepted()).as("accepted %s", submitted.data()).isFalse();
        return verdict.violations().stream().map(v -> tuple(v.field(), v.rule())).toList();
    }

    private Violation single(ObjectNode data) {
        RecordVerdict verdict = checker.check(new SubmittedRecord("r-1", "ADMIN_PENALTY", data));
        assertThat(verdict.violations()).hasSize(1);
        return verdict.violations().get(0);
    }
}
