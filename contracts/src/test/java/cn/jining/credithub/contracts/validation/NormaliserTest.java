package cn.jining.credithub.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jining.credithub.contracts.json.ContractsJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The normaliser as the checker uses it: field by field, as the record type's descriptions say. */
class NormaliserTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            name             | `"  ＡＢＣ（济宁）有限公司\u3000"`       | `"ABC（济宁）有限公司"`
            name             | `"济市监处罚〔2026〕12号"`               | `"济市监处罚〔2026〕12号"`
            name             | 12                                    | `"12"`
            uscc             | `"９１４４０３００１９２２０３８２１６"`   | `"914403001922038216"`
            uscc             | `" 91370800ma3c4l7p0x "`              | `"91370800MA3C4L7P0X"`
            organisationCode | `"ma3c4l7p-0"`                        | `"MA3C4L7P-0"`
            division         | `"３７０８１１"`                        | `"370811"`
            idType           | `"001"`                               | `"身份证"`
            idType           | `"００１"`                              | `"身份证"`
            idType           | `" 身份证 "`                            | `"身份证"`
            idType           | `"驾驶证"`                              | `"驾驶证"`
            idNumber         | `"11010519491231002x"`                | `"11010519491231002X"`
            kinds            | `["01", " 罚款 ", null, "", "０３"]`     | `["警告", "罚款", "罚款"]`
            kinds            | `[" ", "\u3000"]`                     | `[]`
            notes            | `["ａ（一）", "  b "]`                  | `["a（一）", "b"]`
            date             | `"2024/3/1"`                          | `"2024-03-01"`
            date             | `"２０２４年３月１日"`                    | `"2024-03-01"`
            date             | `"20240301"`                          | `"2024-03-01"`
            amount           | `"1,234.50"`                          | 1234.5
            amount           | `" 12.5 "`                            | 12.5
            amount           | 5                                     | 5
            amount           | 5.000                                 | 5
            subjectCategory  | `"LEGAL_PERSON"`                      | `"法人及非法人组织"`
            subjectCategory  | `" 自然人 "`                            | `"自然人"`
            subjectCategory  | `"individual_business"`               | `"个体工商户"`
            """)
    void valuesTakeTheStandardsForm(String field, String input, String expected) {
        Normaliser.Result result = normalise(field, json(input));
        assertThat(result.violations()).isEmpty();
        // As JSON text: 5 and 5.0 are different nodes but one amount; "5" (text) stays apart from 5.
        assertThat(result.data().get(field)).hasToString(json(expected).toString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            name            | `"   "`
            name            | null
            uscc            | `"\u3000"`
            kinds           | `""`
            date            | `" "`
            amount          | `""`
            subjectCategory | `"\\t"`
            """)
    void blankValuesAreAbsent(String field, String input) {
        Normaliser.Result result = normalise(field, json(input));
        assertThat(result.violations()).isEmpty();
        assertThat(result.data().has(field)).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            date            | 20240101                  | yyyy-MM-dd
            date            | `"2024-02-30"`            | yyyy-MM-dd
            date            | `"2024年13月1日"`          | yyyy-MM-dd
            date            | `[2024, 3, 1]`            | yyyy-MM-dd
            date            | true                      | yyyy-MM-dd
            amount          | `"1e999999"`              | decimal number
            amount          | 1e999999                  | decimal number
            amount          | `"--5"`                   | decimal number
            amount          | `"1,2,3"`                 | decimal number
            amount          | `"五万元"`                 | decimal number
            amount          | `{"value": 5}`            | decimal number
            kinds           | `"罚款"`                   | array of text
            kinds           | `{"kind": "罚款"}`         | array of text
            kinds           | `[["罚款"]]`               | array of text
            kinds           | `["罚款", {"a": 1}]`       | array of text
            subjectCategory | `"foo"`                   | 法人及非法人组织, 自然人, 个体工商户
            subjectCategory | 1                         | 法人及非法人组织, 自然人, 个体工商户
            name            | `{"zh": "济宁"}`           | must be text
            name            | `["济宁"]`                 | must be text
            """)
    void unreadableValuesAreLeftOutAndReported(String field, String input, String expectedForm) {
        Normaliser.Result result = normalise(field, json(input));
        assertThat(result.data().has(field)).isFalse();
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.rule()).isEqualTo(Rules.FORMAT);
            assertThat(v.message()).contains(field, expectedForm).doesNotContain("java", "Exception");
            assertThat(v.messageZh()).isNotBlank();
        });
    }

    @Test
    void everyUnreadableValueIsReportedAndTheReadableOnesStay() {
        ObjectNode data = object("""
                {"name": " 济宁 ", "date": 20240101, "amount": "--5", "kinds": "罚款", "uscc": "９１"}""");
        Normaliser.Result result = Normaliser.normalise(data, Specimen.class);
        assertThat(result.violations()).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
                tuple("date", Rules.FORMAT),
                tuple("amount", Rules.FORMAT),
                tuple("kinds", Rules.FORMAT));
        assertThat(result.data()).isEqualTo(object("{\"name\": \"济宁\", \"uscc\": \"91\"}"));
    }

    @Test
    void theSubmittedValueIsShownAndPersonalValuesMasked() {
        String birthDate = "1949年12月32日";
        Violation personal = normalise("birthDate", json("\"" + birthDate + "\"")).violations().get(0);
        Violation plain = normalise("date", json("\"2024/2/30\"")).violations().get(0);
        assertThat(personal.value()).isEqualTo(Masking.mask(birthDate)).isNotEqualTo(birthDate);
        assertThat(personal.message() + personal.messageZh()).doesNotContain(birthDate);
        assertThat(plain.value()).isEqualTo("2024/2/30");
    }

    @Test
    void aHugeValueIsShownCutShort() {
        Violation v = normalise("amount", json("\"" + "9".repeat(10_000) + "\"")).violations().get(0);
        assertThat(v.value()).startsWith("999").endsWith("…")
                .hasSize(cn.jining.credithub.contracts.exchange.Echo.MAX_CHARACTERS + 1);
    }

    @Test
    void hostileTextIsKeptForTheRulesToJudge() {
        ObjectNode data = ContractsJson.mapper().createObjectNode();
        data.put("name", "济宁\u0000公司");
        data.putArray("notes").add("事".repeat(10_000));
        Normaliser.Result result = Normaliser.normalise(data, Specimen.class);
        assertThat(result.violations()).isEmpty();
        assertThat(result.data().get("name").asText()).isEqualTo("济宁\u0000公司");
        assertThat(result.data().get("notes").get(0).asText()).hasSize(10_000);
    }

    @Test
    void fieldsTheTypeDoesNotHaveAreKeptAsTheyCame() {
        ObjectNode data = object("{\"colour\": \"  red \", \"size\": [1, \"２\"]}");
        Normaliser.Result result = Normaliser.normalise(data, Specimen.class);
        assertThat(result.violations()).isEmpty();
        assertThat(result.data()).isEqualTo(data);
    }

    @Test
    void theSubmittedTreeIsLeftAsItCame() {
        ObjectNode data = object("""
                {"name": " ＡＢＣ ", "date": "2024/3/1", "amount": "1,234.50", "kinds": ["01", null],
                 "subjectCategory": "LEGAL_PERSON", "uscc": "bad", "birthDate": 1}""");
        ObjectNode before = data.deepCopy();
        Normaliser.Result result = Normaliser.normalise(data, Specimen.class);
        assertThat(data).isEqualTo(before);
        assertThat(result.data()).isNotEqualTo(before);
        assertThat(result.data().get("kinds")).isNotSameAs(data.get("kinds"));
    }

    private static Normaliser.Result normalise(String field, JsonNode value) {
        ObjectNode data = ContractsJson.mapper().createObjectNode();
        data.set(field, value);
        return Normaliser.normalise(data, Specimen.class);
    }

    private static ObjectNode object(String json) {
        return (ObjectNode) json(json);
    }

    private static JsonNode json(String text) {
        try {
            return ContractsJson.mapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
