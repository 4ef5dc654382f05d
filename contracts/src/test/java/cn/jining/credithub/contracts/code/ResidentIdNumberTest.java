package cn.jining.credithub.contracts.code;

import static cn.jining.credithub.contracts.code.TestCodes.EXAMPLE_ID_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.code.ResidentIdNumber.Check;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class ResidentIdNumberTest {

    @ParameterizedTest
    @CsvSource({
            "11010519491231002X, VALID",      // the worked example of GB 11643-1999
            "110105194912310021, CHECKSUM",   // its check char changed
            "110105194912310020, CHECKSUM",
            "110105194902300020, BIRTH_DATE", // 1949-02-30, check char right for these digits
            "11010519491231A02X, FORMAT",     // a letter among the digits
            "X10105194912310021, FORMAT",
            "11010519491231002x, FORMAT",     // lower-case x: the caller must normalise
            "11010519491231002,  FORMAT",     // 17 characters
            "11010519491231002X1, FORMAT",    // 19 characters
            "１１０１０５１９４９１２３１００２X, FORMAT", // full-width digits
    })
    void checksNumbers(String number, Check expected) {
        assertThat(ResidentIdNumber.check(number)).isEqualTo(expected);
        assertThat(ResidentIdNumber.isValid(number)).isEqualTo(expected == Check.VALID);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nullAndEmptyAreFormatErrors(String number) {
        assertThat(ResidentIdNumber.check(number)).isEqualTo(Check.FORMAT);
    }

    @Test
    void onlyTheBirthDateIsWrong() {
        String number = TestCodes.idNumber("11010519490230002");
        assertThat(number).isEqualTo("110105194902300020");
        assertThat(ResidentIdNumber.check(number)).isEqualTo(Check.BIRTH_DATE);
        assertThat(ResidentIdNumber.check(TestCodes.idNumber("37081120001301001"))).isEqualTo(Check.BIRTH_DATE);
        assertThat(ResidentIdNumber.check(TestCodes.idNumber("37081120000229001"))).isEqualTo(Check.VALID);
        assertThat(ResidentIdNumber.check(TestCodes.idNumber("37081119000229001"))).isEqualTo(Check.BIRTH_DATE);
    }

    @Test
    void birthDateOfTheWorkedExample() {
        assertThat(ResidentIdNumber.birthDate(EXAMPLE_ID_NUMBER)).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(ResidentIdNumber.checkChar(EXAMPLE_ID_NUMBER.substring(0, 17))).isEqualTo('X');
    }

    @Test
    void everySingleDigitSubstitutionInTheFirst17PositionsFails() {
        List<String> accepted = new ArrayList<>();
        int tried = 0;
        for (int pos = 0; pos < 17; pos++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == EXAMPLE_ID_NUMBER.charAt(pos)) {
                    continue;
                }
                String altered = EXAMPLE_ID_NUMBER.substring(0, pos) + d + EXAMPLE_ID_NUMBER.substring(pos + 1);
                tried++;
                if (ResidentIdNumber.isValid(altered)) {
                    accepted.add(altered);
                }
            }
        }
        assertThat(tried).isEqualTo(17 * 9);
        assertThat(accepted).isEmpty();
    }
}
