package cn.jining.credithub.contracts.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.json.ContractsJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each conversion on the values sources send; a value that does not convert comes back as it was. */
class ConversionTest {

    private static final Map<String, String> SUBJECT_CODES = Map.of("1", "法人及非法人组织", "2", "自然人");

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("conversions")
    void converts(String convert, String input, String expected) {
        Conversion conversion = Conversion.parse(convert, convert.equals("code") ? SUBJECT_CODES : Map.of());
        assertThat(conversion.apply(json(input))).isEqualTo(json(expected));
    }

    static Stream<Arguments> conversions() {
        return Stream.of(
                Arguments.of("none", "\" as sent \"", "\" as sent \""),
                Arguments.of("trim", "\"  济宁\u3000\"", "\"济宁\""),
                Arguments.of("trim", "[\" 罚款 \", \"警告\"]", "[\"罚款\", \"警告\"]"),
                Arguments.of("date:yyyyMMdd", "\"20260301\"", "\"2026-03-01\""),
                Arguments.of("date:yyyyMMdd", "20260301", "\"2026-03-01\""),
                Arguments.of("date:yyyyMMdd", "\" 20260301 \"", "\"2026-03-01\""),
                Arguments.of("date:yyyy年M月d日", "\"2026年3月1日\"", "\"2026-03-01\""),
                Arguments.of("date:yyyy年M月d日", "\"2026年12月31日\"", "\"2026-12-31\""),
                Arguments.of("date:uuuu/MM/dd", "\"2026/03/01\"", "\"2026-03-01\""),
                Arguments.of("date:yyyy-MM-dd HH:mm:ss", "\"2026-03-01 08:30:00\"", "\"2026-03-01\""),
                Arguments.of("code", "\"1\"", "\"法人及非法人组织\""),
                Arguments.of("code", "2", "\"自然人\""),
                Arguments.of("code", "[\"1\", \"2\"]", "[\"法人及非法人组织\", \"自然人\"]"),
                Arguments.of("split:;", "\"罚款;警告\"", "[\"罚款\", \"警告\"]"),
                Arguments.of("split:;；", "\"罚款；警告; 没收违法所得;\"", "[\"罚款\", \"警告\", \"没收违法所得\"]"),
                Arguments.of("split:;", "\"罚款\"", "[\"罚款\"]"),
                // Left as sent: the record checker reports these on the canonical field.
                Arguments.of("date:yyyyMMdd", "\"2026-13-45\"", "\"2026-13-45\""),
                Arguments.of("date:yyyyMMdd", "\"20260230\"", "\"20260230\""),
                Arguments.of("date:yyyyMMdd", "\"2026-03-01\"", "\"2026-03-01\""),
                Arguments.of("date:yyyyMMdd", "[\"20260301\"]", "[\"20260301\"]"),
                Arguments.of("date:yyyy年M月d日", "\"2026年2月29日\"", "\"2026年2月29日\""),
                Arguments.of("code", "\"9\"", "\"9\""),
                Arguments.of("code", "\"自然人\"", "\"自然人\""),
                Arguments.of("code", "[\"1\", \"9\"]", "[\"法人及非法人组织\", \"9\"]"),
                Arguments.of("split:;", "5", "5"),
                Arguments.of("split:;", "[\"罚款;警告\"]", "[\"罚款;警告\"]"));
    }

    private static JsonNode json(String text) {
        try {
            return ContractsJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
