package cn.jining.credithub.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateNormaliserTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-03-01            | 2024-03-01
            2024/3/1              | 2024-03-01
            2024-3-1              | 2024-03-01
            2024.3.1              | 2024-03-01
            20240301              | 2024-03-01
            2024年3月1日           | 2024-03-01
            2024年03月01日         | 2024-03-01
            2024 年 3 月 1 日      | 2024-03-01
            ２０２４年３月１日       | 2024-03-01
            ２０２４－０３－０１     | 2024-03-01
            ２０２４／３／１        | 2024-03-01
            "  2024/03/01\u3000 " | 2024-03-01
            2024-02-29            | 2024-02-29
            2026/12/31            | 2026-12-31
            """)
    void acceptedForms(String input, LocalDate expected) {
        assertThat(DateNormaliser.parse(input)).contains(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"2024-02-30", "2023-02-29", "2024年13月1日", "2024-13-45", "2024-00-10", "20241301",
            "2024-3/1", "2024/3-1", "24-3-1", "2024-03", "2024年3月", "2024年3月1", "202431", "0999-01-01",
            "2024-03-01T10:00:00", "2024-03-01 00:00:00", "二〇二四年三月一日", "2024-03-0\u0967", "2024--03-01",
            "2024-03-01\u0000", "\u0000", "01/03/2024", "1709251200", "2024-003-01"})
    void rejectedForms(String input) {
        assertThat(DateNormaliser.parse(input)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {33, 10_000})
    void longTextIsNoDate(int length) {
        assertThat(DateNormaliser.parse("2024-03-01" + " ".repeat(5) + "9".repeat(length))).isEmpty();
        assertThat(DateNormaliser.parse("9".repeat(length))).isEmpty();
    }
}
