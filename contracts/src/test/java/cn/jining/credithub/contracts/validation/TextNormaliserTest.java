package cn.jining.credithub.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormaliserTest {

    // The compiler reads the Unicode escapes, so the table holds the very characters (U+3000, NUL, tab).
    @ParameterizedTest(name = "text [{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "  济宁示例科技有限公司  "      | 济宁示例科技有限公司
            "\t济宁\u3000"                | 济宁
            ＡＢＣ科技有限公司              | ABC科技有限公司
            济宁ｘｙｚ１２３号               | 济宁xyz123号
            张\u3000三                     | 张 三
            济市监处罚〔２０２６〕１２号      | 济市监处罚〔2026〕12号
            济宁示例企业（分公司）            | 济宁示例企业（分公司）
            当事人发布虚假广告，情节较轻；已改正！ | 当事人发布虚假广告，情节较轻；已改正！
            ＡＢＣ（济宁）：ｏｋ？             | ABC（济宁）：ok？
            a\u0000b                      | a\u0000b
            """)
    void freeTextFoldsLettersDigitsAndIdeographicSpaceButKeepsChinesePunctuation(String input, String expected) {
        assertThat(TextNormaliser.text(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "token [{0}] -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            ２０２４／３／１     | 2024/3/1
            ２０２４－０３－０１ | 2024-03-01
            １，２３４．５０     | 1,234.50
            （１）＋［２］      | (1)+[2]
            """)
    void tokensFoldTheWholeFullWidthBlock(String input, String expected) {
        assertThat(TextNormaliser.token(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "code [{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            91370800ma3c4l7p0x     | 91370800MA3C4L7P0X
            ９１３７０８００ｍａ３ｃ | 91370800MA3C
            " 11010519491231002x " | 11010519491231002X
            """)
    void codesAreFoldedTrimmedAndUpperCased(String input, String expected) {
        assertThat(TextNormaliser.code(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n", "\u3000", " \u3000 \u3000"})
    void blankIsAbsent(String input) {
        assertThat(TextNormaliser.text(input)).isNull();
        assertThat(TextNormaliser.token(input)).isNull();
        assertThat(TextNormaliser.code(input)).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10_000})
    void longTextIsFoldedWhole(int length) {
        assertThat(TextNormaliser.text("ａ".repeat(length) + " ")).isEqualTo("a".repeat(length));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFF00", "\uFF5F", "\uFFE5", "〔〕", "\u2212"})
    void charactersOutsideTheFullWidthAsciiBlockStay(String input) {
        assertThat(TextNormaliser.token(input)).isEqualTo(input);
    }
}
