package cn.jining.credithub.contracts.code;

import static cn.jining.credithub.contracts.code.TestCodes.HUAWEI_USCC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.jining.credithub.contracts.code.UnifiedSocialCreditCode.Check;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @CsvSource({
            "914403001922038216, VALID",          // the worked example of GB 32100-2015
            "914403001922038217, CHECKSUM",       // its check char changed
            "914403001922038210, CHECKSUM",
            "91440300192203821,  FORMAT",         // 17 characters
            "9144030019220382160, FORMAT",        // 19 characters
            "91440300I922038216, FORMAT",         // forbidden letters
            "91440300O922038216, FORMAT",
            "91440300Z922038216, FORMAT",
            "91440300S922038216, FORMAT",
            "91440300V922038216, FORMAT",
            "91370800MA3C4L7P1L, VALID",          // a code with letters
            "91370800ma3c4l7p1l, FORMAT",         // the same in lower case: the caller must normalise
            "91370800MA3C4L7P1l, FORMAT",
            "９１４４０３００１９２２０３８２１６, FORMAT", // full-width digits
            "'914403001922038216 ', FORMAT",      // not trimmed
            "914403-01922038216, FORMAT",
    })
    void checksCodes(String code, Check expected) {
        assertThat(UnifiedSocialCreditCode.check(code)).isEqualTo(expected);
        assertThat(UnifiedSocialCreditCode.isValid(code)).isEqualTo(expected == Check.VALID);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nullAndEmptyAreFormatErrors(String code) {
        assertThat(UnifiedSocialCreditCode.check(code)).isEqualTo(Check.FORMAT);
    }

    @Test
    void wrongOrganisationCheckCharWithRightOverallCheckCharIsOrgCodeChecksum() {
        String first16 = HUAWEI_USCC.substring(0, 16);
        char orgCheck = HUAWEI_USCC.charAt(16);
        for (char c : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
            if (c == orgCheck) {
                continue;
            }
            String code = TestCodes.withCheckChar(first16 + c);
            assertThat(UnifiedSocialCreditCode.check(code)).as(code).isEqualTo(Check.ORG_CODE_CHECKSUM);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "1137080000430112",   // 机构编制 / 机关, 济宁市
            "5137081100000001",   // 民政 / 社会团体, 任城区
            "9137088100000000",   // 市场监管 / 企业, 曲阜市
            "9237088300ABCDEF",   // 个体工商户, 邹城市
            "93370832MA3C4L7P",   // 农民专业合作社, 梁山县
            "Y1370800XYWUTRQP",
    })
    void codesBuiltWithTheCheckCharsAreValid(String first16) {
        String code = TestCodes.uscc(first16);
        assertThat(code).hasSize(18);
        assertThat(UnifiedSocialCreditCode.check(code)).as(code).isEqualTo(Check.VALID);
    }

    @Test
    void everySingleCharacterSubstitutionOfTheWorkedExampleFails() {
        String candidates = UnifiedSocialCreditCode.ALPHABET + "IOZSVabcxyz";
        List<String> accepted = new ArrayList<>();
        int tried = 0;
        for (int pos = 0; pos < HUAWEI_USCC.length(); pos++) {
            for (char c : candidates.toCharArray()) {
                if (c == HUAWEI_USCC.charAt(pos)) {
                    continue;
                }
                String altered = HUAWEI_USCC.substring(0, pos) + c + HUAWEI_USCC.substring(pos + 1);
                tried++;
                if (UnifiedSocialCreditCode.isValid(altered)) {
                    accepted.add(altered);
                }
            }
        }
        assertThat(tried).isEqualTo(18 * (candidates.length() - 1));
        assertThat(accepted).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "00000000, 0",   // sum 0: 11 - 0 = 11 -> '0'
            "00000001, 9",   // sum 2: 11 - 2 = 9
            "00000006, X",   // sum 12, mod 11 = 1: 11 - 1 = 10 -> 'X'
            "A0000000, 3",   // A = 10, sum 30, mod 11 = 8: 11 - 8 = 3
            "19220382, 1",   // the organisation code inside the worked example
    })
    void organisationCheckCharFollowsGb11714(String body, char expected) {
        assertThat(UnifiedSocialCreditCode.organisationCheckChar(body)).isEqualTo(expected);
    }

    @Test
    void checkCharOfTheWorkedExample() {
        assertThat(UnifiedSocialCreditCode.checkChar(HUAWEI_USCC.substring(0, 17))).isEqualTo('6');
    }

    @Test
    void checkCharRejectsCharactersOutsideTheAlphabet() {
        assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.checkChar("91440300I92203821"));
    }
}
