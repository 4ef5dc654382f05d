package cn.jining.credithub.contracts.code;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The 18-character resident ID number of GB 11643-1999: division, birth date, sequence, check character. */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    public static final int LENGTH = 18;

    private ResidentIdNumber() {
    }

    /** The outcome of checking one number; {@code VALID} or the first thing that is wrong with it. */
    public enum Check { VALID, FORMAT, BIRTH_DATE, CHECKSUM }

    /** Checks an already normalised (trimmed, upper-case X) number. */
    public static Check check(String number) {
        if (number == null || number.length() != LENGTH) {
            return Check.FORMAT;
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isAsciiDigit(number.charAt(i))) {
                return Check.FORMAT;
            }
        }
        char last = number.charAt(LENGTH - 1);
        if (!isAsciiDigit(last) && last != 'X') {
            return Check.FORMAT;
        }
        if (birthDate(number) == null) {
            return Check.BIRTH_DATE;
        }
        return checkChar(number.substring(0, LENGTH - 1)) == last ? Check.VALID : Check.CHECKSUM;
    }

    public static boolean isValid(String number) {
        return check(number) == Check.VALID;
    }

    /** The check character for the first 17 digits. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** The birth date in positions 7 to 14, or null when it is not a real date. */
    public static LocalDate birthDate(String number) {
        try {
            return LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
