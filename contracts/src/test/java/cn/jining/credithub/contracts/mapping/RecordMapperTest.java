package cn.jining.credithub.contracts.mapping;

import static cn.jining.credithub.contracts.mapping.MappingRule.constant;
import static cn.jining.credithub.contracts.mapping.MappingRule.converted;
import static cn.jining.credithub.contracts.mapping.MappingRule.rename;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.validation.Rules;
import cn.jining.credithub.contracts.validation.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A source's mapping applied to records: renaming, conversion, constants, and what happens to fields no rule names. */
class RecordMapperTest {

    private static final List<MappingRule> RULES = List.of(
            rename("名称", "subjectName"),
            converted("决定日期", "decisionDate", "date:yyyyMMdd"),
            converted("备注", "remarks", "trim"),
            constant("dataSource", "曲阜市综合行政执法局"));

    @Test
    void renamesConvertsAndAddsConstants() {
        MappedData mapped = mapper(null).map("ADMIN_PENALTY", json(
                "{\"名称\": \"济宁示例企业有限公司\", \"决定日期\": \"20260301\", \"备注\": \" 无 \"}"));
        assertThat(mapped.data()).isEqualTo(json("{\"subjectName\": \"济宁示例企业有限公司\", "
                + "\"decisionDate\": \"2026-03-01\", \"remarks\": \"无\", \"dataSource\": \"曲阜市综合行政执法局\"}"));
        assertThat(mapped.violations()).isEmpty();
    }

    @Test
    void aConstantForAListFieldIsAListOfOne() {
        RecordMapper mapper = RecordMapper.of("s", new FieldMapping(Map.of("ADMIN_PENALTY",
                new CategoryMapping(null, List.of(constant("penaltyKinds", "警告"))))));
        assertThat(mapper.map("ADMIN_PENALTY", json("{}")).data()).isEqualTo(json("{\"penaltyKinds\": [\"警告\"]}"));
    }

    @Test
    void aValueThatDoesNotConvertStaysUnderTheCanonicalName() {
        MappedData mapped = mapper(null).map("ADMIN_PENALTY", json("{\"决定日期\": \"2026年3月1日\"}"));
        assertThat(mapped.data().get("decisionDate")).isEqualTo(TextNode.valueOf("2026年3月1日"));
        assertThat(mapped.data().has("决定日期")).isFalse();
        assertThat(mapped.violations()).isEmpty();
    }

    @Test
    void anAbsentSourceFieldLeavesTheCanonicalFieldAbsentAndANullStaysNull() {
        JsonNode data = mapper(null).map("ADMIN_PENALTY", json("{\"决定日期\": null}")).data();
        assertThat(data.has("subjectName")).isFalse();
        assertThat(data.get("decisionDate").isNull()).isTrue();
    }

    @Test
    void theSubmittedDataIsLeftAsItCame() {
        ObjectNode data = json("{\"名称\": \"甲\", \"备注\": \" 乙 \"}");
        ObjectNode before = data.deepCopy();
        mapper(null).map("ADMIN_PENALTY", data);
        assertThat(data).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unmappedFields")
    void fieldsNoRuleNames(String name, RecordMapper mapper, String data, String expected, List<String> flagged) {
        MappedData mapped = mapper.map("ADMIN_PENALTY", json(data));
        assertThat(mapped.data()).isEqualTo(json(expected));
        assertThat(mapped.violations()).extracting(Violation::field).containsExactlyElementsOf(flagged);
        assertThat(mapped.violations()).allSatisfy(v -> assertThat(v.rule()).isEqualTo(Rules.UNKNOWN_FIELD));
    }

    static Stream<Arguments> unmappedFields() {
        String canonicalAndForeign = "{\"remarks\": \"r\", \"联系电话\": \"0537\"}";
        return Stream.of(
                Arguments.of("no mapping for the category: everything as it came", RecordMapper.IDENTITY,
                        canonicalAndForeign, canonicalAndForeign, List.of()),
                Arguments.of("a category without rules passes through by default",
                        RecordMapper.of("s", new FieldMapping(Map.of("ADMIN_PENALTY", new CategoryMapping(null, null)))),
                        canonicalAndForeign, canonicalAndForeign, List.of()),
                Arguments.of("rules and no passThrough: a canonical name outside the mapping is flagged, "
                                + "a foreign one kept for the checker", mapper(null),
                        "{\"名称\": \"甲\", \"subjectCategory\": \"自然人\", \"联系电话\": \"0537\"}",
                        "{\"subjectName\": \"甲\", \"subjectCategory\": \"自然人\", \"联系电话\": \"0537\", "
                                + "\"dataSource\": \"曲阜市综合行政执法局\"}",
                        List.of("subjectCategory")),
                Arguments.of("passThrough: false behaves the same", mapper(false),
                        "{\"subjectCategory\": \"自然人\"}",
                        "{\"subjectCategory\": \"自然人\", \"dataSource\": \"曲阜市综合行政执法局\"}",
                        List.of("subjectCategory")),
                Arguments.of("passThrough: true takes canonical names as they come", mapper(true),
                        "{\"名称\": \"甲\", \"subjectCategory\": \"自然人\", \"联系电话\": \"0537\"}",
                        "{\"subjectName\": \"甲\", \"subjectCategory\": \"自然人\", \"联系电话\": \"0537\", "
                                + "\"dataSource\": \"曲阜市综合行政执法局\"}",
                        List.of()),
                Arguments.of("passThrough: a canonical name is fine while its mapped source field is absent", mapper(true),
                        "{\"remarks\": \"直接报送\"}",
                        "{\"remarks\": \"直接报送\", \"dataSource\": \"曲阜市综合行政执法局\"}", List.of()),
                Arguments.of("passThrough: a canonical name and the source field mapped to it disagree", mapper(true),
                        "{\"备注\": \"甲\", \"remarks\": \"乙\"}",
                        "{\"remarks\": \"甲\", \"dataSource\": \"曲阜市综合行政执法局\"}", List.of("remarks")),
                Arguments.of("passThrough: a canonical name and the source field mapped to it agree", mapper(true),
                        "{\"备注\": \"甲\", \"remarks\": \"甲\"}",
                        "{\"remarks\": \"甲\", \"dataSource\": \"曲阜市综合行政执法局\"}", List.of()),
                Arguments.of("a value for a constant's field that differs from it", mapper(true),
                        "{\"dataSource\": \"别的单位\"}", "{\"dataSource\": \"曲阜市综合行政执法局\"}",
                        List.of("dataSource")),
                Arguments.of("a value for a constant's field equal to it", mapper(true),
                        "{\"dataSource\": \"曲阜市综合行政执法局\"}", "{\"dataSource\": \"曲阜市综合行政执法局\"}",
                        List.of()));
    }

    @ParameterizedTest(name = "category {0}")
    @MethodSource("leftForTheChecker")
    void dataTheCheckerAnswersIsReturnedAsItCame(String category, JsonNode data) {
        MappedData mapped = mapper(null).map(category, data);
        assertThat(mapped.data()).isSameAs(data);
        assertThat(mapped.violations()).isEmpty();
    }

    static Stream<Arguments> leftForTheChecker() {
        return Stream.of(
                Arguments.of("NO_SUCH_CATEGORY", json("{\"名称\": \"甲\"}")),
                Arguments.of(null, json("{\"名称\": \"甲\"}")),
                Arguments.of("ADMIN_PENALTY", tree("[\"not\", \"an object\"]")),
                Arguments.of("ADMIN_PENALTY", null));
    }

    @Test
    void theCategoryMayBeNamedByItsLabel() {
        assertThat(mapper(null).map("行政处罚", json("{\"名称\": \"甲\"}")).data().get("subjectName").asText())
                .isEqualTo("甲");
    }

    @Test
    void anInvalidMappingIsRefusedNamingSourceCategoryAndRule() {
        FieldMapping broken = new FieldMapping(Map.of("ADMIN_PENALTY",
                new CategoryMapping(null, List.of(rename("名称", "subjectName"), rename("日期", "decisonDate")))));
        assertThatThrownBy(() -> RecordMapper.of("qufu", broken))
                .isInstanceOf(InvalidMappingException.class)
                .hasMessage("field mapping of source 'qufu': mapping.ADMIN_PENALTY.rules[1].to 'decisonDate' is not "
                        + "a field of ADMIN_PENALTY (行政处罚)");
    }

    private static RecordMapper mapper(Boolean passThrough) {
        return RecordMapper.of("qufu", new FieldMapping(Map.of("ADMIN_PENALTY", new CategoryMapping(passThrough, RULES))));
    }

    private static ObjectNode json(String text) {
        return (ObjectNode) tree(text);
    }

    private static JsonNode tree(String text) {
        try {
            return ContractsJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
