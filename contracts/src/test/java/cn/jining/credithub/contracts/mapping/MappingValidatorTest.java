package cn.jining.credithub.contracts.mapping;

import static cn.jining.credithub.contracts.mapping.MappingRule.constant;
import static cn.jining.credithub.contracts.mapping.MappingRule.converted;
import static cn.jining.credithub.contracts.mapping.MappingRule.rename;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.fixtures.CountyMapping;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of mistake in a mapping is found before use, at the category, rule index and field it is in. */
class MappingValidatorTest {

    private static final MappingRule NAME = rename("名称", "subjectName");

    @Test
    void theCountyMappingIsValid() {
        assertThat(MappingValidator.problems(CountyMapping.mapping(null))).isEmpty();
    }

    @ParameterizedTest(name = "date:{0}")
    @ValueSource(strings = {"yyyyMMdd", "yyyy年M月d日", "uuuu-MM-dd", "yyyy/M/d", "yyyy-MM-dd HH:mm:ss", "dd.MM.yyyy"})
    void datePatternsThatGiveAWholeDate(String pattern) {
        assertThat(MappingValidator.problems(category(converted("日期", "decisionDate", "date:" + pattern)))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void findsTheMistakeWhereItIs(String name, FieldMapping mapping, String path, String message) {
        assertThat(MappingValidator.problems(mapping)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.message()).contains(message);
        });
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("an unknown category", new FieldMapping(Map.of("PENALTY", new CategoryMapping(null, List.of(NAME)))),
                        "PENALTY", "is not a record category (one of [ADMIN_PENALTY"),
                mistake("a category in lower case", new FieldMapping(Map.of("admin_penalty", new CategoryMapping(null, null))),
                        "admin_penalty", "is not a record category"),
                mistake("an empty rule", category(NAME, null), "ADMIN_PENALTY.rules[1]", "is empty"),
                mistake("no target", category(NAME, rename("日期", null)), "ADMIN_PENALTY.rules[1].to", "is required"),
                mistake("a target not in the record type", category(rename("日期", "decisonDate")),
                        "ADMIN_PENALTY.rules[0].to", "'decisonDate' is not a field of ADMIN_PENALTY (行政处罚)"),
                mistake("a target filled twice", category(NAME, rename("名称2", "subjectName")),
                        "ADMIN_PENALTY.rules[1].to", "'subjectName' is already filled by ADMIN_PENALTY.rules[0]"),
                mistake("neither source field nor constant", category(rename(" ", "remarks")),
                        "ADMIN_PENALTY.rules[0].from", "is required"),
                mistake("source field and constant", category(new MappingRule("单位", "dataSource", null, null, "曲阜")),
                        "ADMIN_PENALTY.rules[0].constant", "cannot be combined with from"),
                mistake("a constant with a conversion", category(new MappingRule(null, "dataSource", "trim", null, "曲阜")),
                        "ADMIN_PENALTY.rules[0].convert", "does not apply to a constant"),
                mistake("an unknown conversion", category(NAME, converted("备注", "remarks", "upper")),
                        "ADMIN_PENALTY.rules[1].convert", "'upper' is not a conversion"),
                mistake("split without separators", category(converted("类别", "penaltyKinds", "split:")),
                        "ADMIN_PENALTY.rules[0].convert", "'split:' is not a conversion"),
                mistake("a date pattern that does not compile", category(converted("日期", "decisionDate", "date:yyyyMMddbb")),
                        "ADMIN_PENALTY.rules[0].convert", "date pattern 'yyyyMMddbb' does not compile"),
                mistake("a date pattern without the day", category(converted("日期", "decisionDate", "date:yyyyMM")),
                        "ADMIN_PENALTY.rules[0].convert", "date pattern 'yyyyMM' does not give a whole date"),
                mistake("a date conversion into a text field", category(converted("名称", "subjectName", "date:yyyyMMdd")),
                        "ADMIN_PENALTY.rules[0].convert", "date: fills a date field, and 'subjectName' is not one"),
                mistake("a split into a text field", category(converted("名称", "subjectName", "split:;")),
                        "ADMIN_PENALTY.rules[0].convert", "split: fills a list field, and 'subjectName' is not one"),
                mistake("a code conversion without codes", category(converted("类别", "subjectCategory", "code")),
                        "ADMIN_PENALTY.rules[0].codes", "is required with convert: code"),
                mistake("codes without the code conversion",
                        category(new MappingRule("类别", "subjectCategory", null, List.of("1=自然人"), null)),
                        "ADMIN_PENALTY.rules[0].codes", "are given but convert is not 'code'"),
                mistake("a code without its value", category(codes("1=法人及非法人组织", "2=")),
                        "ADMIN_PENALTY.rules[0].codes[1]", "'2=' is not code=value"),
                mistake("a value without its code", category(codes("=自然人")),
                        "ADMIN_PENALTY.rules[0].codes[0]", "'=自然人' is not code=value"),
                mistake("a code entry without separator", category(codes("1=法人及非法人组织", "2 自然人")),
                        "ADMIN_PENALTY.rules[0].codes[1]", "'2 自然人' is not code=value"),
                mistake("an empty code entry", category(codes("1=法人及非法人组织", null)),
                        "ADMIN_PENALTY.rules[0].codes[1]", "'null' is not code=value"),
                mistake("a code given twice", category(codes("1=法人及非法人组织", " 1 =自然人")),
                        "ADMIN_PENALTY.rules[0].codes[1]", "code '1' is given twice"));
    }

    @Test
    void reportsEveryProblemNotOnlyTheFirst() {
        Map<String, CategoryMapping> categories = new LinkedHashMap<>();
        categories.put("ADMIN_PENALTY", new CategoryMapping(false, List.of(rename("名称", "subjektName"),
                converted("日期", "decisionDate", "date:yyyyMM"), constant("dataSource", "曲阜"))));
        categories.put("CREDIT_PROMISE", new CategoryMapping(null, null));
        assertThat(MappingValidator.problems(new FieldMapping(categories))).extracting(MappingProblem::path)
                .containsExactly("ADMIN_PENALTY.rules[0].to", "ADMIN_PENALTY.rules[1].convert", "CREDIT_PROMISE");
    }

    private static Arguments mistake(String name, FieldMapping mapping, String path, String message) {
        return Arguments.of(name, mapping, path, message);
    }

    private static FieldMapping category(MappingRule... rules) {
        return new FieldMapping(Map.of("ADMIN_PENALTY", new CategoryMapping(null, Arrays.asList(rules))));
    }

    private static MappingRule codes(String... entries) {
        return new MappingRule("类别", "subjectCategory", "code", Arrays.asList(entries), null);
    }
}
