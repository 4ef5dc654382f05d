package cn.jining.credithub.contracts.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

/**
 * Properties of the two check characters: every code built by the rules passes, and every single
 * changed character is caught. Both hold by arithmetic (the weights are non-zero modulo the primes 31
 * and 11), so any counterexample is a bug in the implementation.
 */
class CheckCharacterPropertiesTest {

    private static final String ALPHABET = UnifiedSocialCreditCode.ALPHABET;
    private static final String ID_CHECK_CHARS = "0123456789X";

    @Property
    void creditCodesBuiltByTheRulesAreValid(@ForAll("creditCodes") String code) {
        assertThat(UnifiedSocialCreditCode.check(code)).isEqualTo(UnifiedSocialCreditCode.Check.VALID);
    }

    @Property
    void anyChangedCharacterOfACreditCodeIsCaught(@ForAll("creditCodes") String code,
                                                 @ForAll @IntRange(min = 0, max = 17) int position,
                                                 @ForAll @IntRange(min = 1, max = 30) int shift) {
        char other = ALPHABET.charAt((ALPHABET.indexOf(code.charAt(position)) + shift) % ALPHABET.length());

        assertThat(UnifiedSocialCreditCode.check(replace(code, position, other)))
                .isEqualTo(UnifiedSocialCreditCode.Check.CHECKSUM);
    }

    @Property
    void idNumbersBuiltByTheRulesAreValid(@ForAll("idNumbers") String number) {
        assertThat(ResidentIdNumber.check(number)).isEqualTo(ResidentIdNumber.Check.VALID);
    }

    @Property
    void anyChangedDigitOfAnIdNumberIsCaught(@ForAll("idNumbers") String number,
                                             @ForAll @IntRange(min = 0, max = 16) int position,
                                             @ForAll @IntRange(min = 1, max = 9) int shift) {
        char other = (char) ('0' + (number.charAt(position) - '0' + shift) % 10);
        String changed = replace(number, position, other);

        // A changed birth-date digit may make the date impossible, which is caught before the sum.
        assertThat(ResidentIdNumber.check(changed)).isEqualTo(ResidentIdNumber.birthDate(changed) == null
                ? ResidentIdNumber.Check.BIRTH_DATE : ResidentIdNumber.Check.CHECKSUM);
    }

    @Property
    void anyOtherCheckCharacterOfAnIdNumberIsCaught(@ForAll("idNumbers") String number,
                                                    @ForAll @IntRange(min = 1, max = 10) int shift) {
        int current = ID_CHECK_CHARS.indexOf(number.charAt(17));
        char other = ID_CHECK_CHARS.charAt((current + shift) % ID_CHECK_CHARS.length());

        assertThat(ResidentIdNumber.check(replace(number, 17, other))).isEqualTo(ResidentIdNumber.Check.CHECKSUM);
    }

    /** Any 8 characters of the alphabet, an 8-character organisation code body, both check characters. */
    @Provide
    Arbitrary<String> creditCodes() {
        Arbitrary<String> prefix = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofLength(8);
        Arbitrary<String> body = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofLength(8);
        return Combinators.combine(prefix, body).as((p, b) -> {
            String first17 = p + b + UnifiedSocialCreditCode.organisationCheckChar(b);
            return first17 + UnifiedSocialCreditCode.checkChar(first17);
        });
    }

    /** A division code, a real birth date in 1900–2025, a sequence number and the check character. */
    @Provide
    Arbitrary<String> idNumbers() {
        Arbitrary<String> division = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<LocalDate> birth = Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2025, 12, 31));
        Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
        return Combinators.combine(division, birth, sequence).as((d, b, s) -> {
            String first17 = d + b.format(DateTimeFormatter.BASIC_ISO_DATE) + s;
            return first17 + ResidentIdNumber.checkChar(first17);
        });
    }

    private static String replace(String text, int position, char c) {
        return text.substring(0, position) + c + text.substring(position + 1);
    }
}
