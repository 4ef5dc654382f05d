package cn.jining.credithub.contracts.code;

/** The 18-character unified social credit code of GB 32100-2015, with its embedded GB 11714 organisation code. */
public final class UnifiedSocialCreditCode {

    /** The 31 characters the standard allows; a character's value is its index (no I, O, Z, S, V). */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    public static final int LENGTH = 18;

    private UnifiedSocialCreditCode() {
    }

    /** The outcome of checking one code; {@code VALID} or the first thing that is wrong with it. */
    public enum Check { VALID, FORMAT, CHECKSUM, ORG_CODE_CHECKSUM }

    /** Checks an already normalised (trimmed, upper-case) code. */
    public static Check check(String code) {
        if (code == null || code.length() != LENGTH) {
            return Check.FORMAT;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Check.FORMAT;
            }
        }
        if (checkChar(code.substring(0, LENGTH - 1)) != code.charAt(LENGTH - 1)) {
            return Check.CHECKSUM;
        }
        if (!organisationCodeValid(code.substring(8, 17))) {
            return Check.ORG_CODE_CHECKSUM;
        }
        return Check.VALID;
    }

    public static boolean isValid(String code) {
        return check(code) == Check.VALID;
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit-code character at position " + (i + 1));
            }
            sum += value * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    /**
     * GB 11714 check of positions 9 to 17. Only codes whose registration authority issued a real
     * organisation code carry one; the standard's own alphabet restriction still applies.
     */
    static boolean organisationCodeValid(String nine) {
        return organisationCheckChar(nine.substring(0, 8)) == nine.charAt(8);
    }

    /** The GB 11714 check character for an 8-character organisation code body. */
    public static char organisationCheckChar(String body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char ch = body8.charAt(i);
            int value = Character.isDigit(ch) ? ch - '0' : ch - 'A' + 10;
            sum += value * ORG_CODE_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }
}
