package cn.jining.credithub.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.json.ContractsJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AmountNormaliserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource
    void acceptedForms(JsonNode input, String expected) {
        BigDecimal amount = AmountNormaliser.parse(input).orElseThrow();
        // The exact form matters, not only the value: it goes into the fingerprint.
        assertThat(amount.toString()).isEqualTo(expected);
    }

    static Stream<Arguments> acceptedForms() {
        return Stream.of(
                Arguments.of(IntNode.valueOf(5), "5"),
                Arguments.of(LongNode.valueOf(12_000_000_000L), "12000000000"),
                Arguments.of(DecimalNode.valueOf(new BigDecimal("5.00")), "5"),
                Arguments.of(DecimalNode.valueOf(new BigDecimal("1E+2")), "100"),
                Arguments.of(DecimalNode.valueOf(new BigDecimal("0.000")), "0"),
                Arguments.of(DoubleNode.valueOf(12.5), "12.5"),
                Arguments.of(json("1.5e3"), "1500"),
                Arguments.of(TextNode.valueOf("1,234.50"), "1234.5"),
                Arguments.of(TextNode.valueOf("1,234,567.891"), "1234567.891"),
                Arguments.of(TextNode.valueOf("１２３４"), "1234"),
                Arguments.of(TextNode.valueOf("１，２３４．５"), "1234.5"),
                Arguments.of(TextNode.valueOf(" 12.5 "), "12.5"),
                Arguments.of(TextNode.valueOf("\u300012.50\u3000"), "12.5"),
                Arguments.of(TextNode.valueOf("0.000001"), "0.000001"),
                Arguments.of(TextNode.valueOf("-5"), "-5"),
                Arguments.of(TextNode.valueOf("-1,000"), "-1000"),
                Arguments.of(TextNode.valueOf("+5"), "5"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void rejectedForms(JsonNode input) {
        assertThat(AmountNormaliser.parse(input)).isEmpty();
    }

    static Stream<JsonNode> rejectedForms() {
        return Stream.concat(Stream.of("1e999999", "1E5", "--5", "+-5", "1,2,3", "12,34", "1,2345", ",123",
                        "1,234.5.6", "1.2.3", ".5", "5.", "1 234", "0x10", "NaN", "Infinity", "五万元", "5万元", "¥5",
                        "\u22125", "abc", "", "5\u0000", "1".repeat(10_000)).map(TextNode::valueOf),
                Stream.of(json("1e999999"), json("-1e999999"), json("1e-999999"), DoubleNode.valueOf(Double.NaN),
                        DoubleNode.valueOf(Double.POSITIVE_INFINITY), BooleanNode.TRUE, NullNode.getInstance(),
                        json("[5]"), json("{\"amount\": 5}")));
    }

    private static JsonNode json(String text) {
        try {
            return ContractsJson.mapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
