package cn.jining.credithub.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.code.TestCodes;
import cn.jining.credithub.contracts.record.NaturalPersonBasics;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A resident ID number begins with the code of a province (ID_NUMBER_DIVISION); its county is not checked. */
class ResidentIdDivisionTest {

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "11010519491231002X |",
            "370811196001020016 |",
            // A county missing from the partial table, in a province that is there.
            "+37089919600102001 |",
            "+65010119800101001 |",
            "+99081119600102001 | ID_NUMBER_DIVISION",
            "+00000019600102001 | ID_NUMBER_DIVISION",
            "+38010119800101001 | ID_NUMBER_DIVISION",
            "+99081119600230001 | ID_NUMBER_BIRTH_DATE ID_NUMBER_DIVISION",
            "990811196001020010 | ID_NUMBER_CHECKSUM ID_NUMBER_DIVISION",
            // A number of the wrong form is only that: its first digits mean nothing.
            "99A811196001020010 | ID_NUMBER_FORMAT",
    })
    void provinceOfTheNumber(String number, String rules) {
        // "+" marks the first 17 digits of a number whose valid check character is appended here.
        String id = number.startsWith("+") ? TestCodes.idNumber(number.substring(1)) : number;
        Checks checks = new Checks(LocalDate.of(2026, 11, 26), NaturalPersonBasics.class);
        checks.residentIdNumber("idNumber", id);
        List<String> expected = rules == null ? List.of() : Arrays.asList(rules.trim().split(" "));
        assertThat(checks.violations()).extracting(Violation::rule).containsExactlyElementsOf(expected);
        assertThat(checks.violations()).allSatisfy(v -> assertThat(v.messageZh()).contains("证件号码"));
    }
}
