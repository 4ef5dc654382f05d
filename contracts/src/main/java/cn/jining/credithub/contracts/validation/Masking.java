package cn.jining.credithub.contracts.validation;

/**
 * Masks personal data before it leaves in a receipt or a log: identity numbers keep their first six and
 * last four characters (as publication does), shorter values only their first character.
 */
public final class Masking {

    private Masking() {
    }

    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int[] cps = value.codePoints().toArray();
        int keepStart = cps.length >= 11 ? 6 : 1;
        int keepEnd = cps.length >= 11 ? 4 : 0;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            out.appendCodePoint(i < keepStart || i >= cps.length - keepEnd ? cps[i] : '*');
        }
        return out.toString();
    }
}
