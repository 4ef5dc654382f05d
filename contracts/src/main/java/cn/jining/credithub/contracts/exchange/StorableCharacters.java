package cn.jining.credithub.contracts.exchange;

/**
 * The characters no destination of the hub can store faithfully: NUL and the other C0 controls (PostgreSQL text
 * refuses NUL, XML 1.0 every C0 but tab and line breaks), unpaired UTF-16 surrogates (UTF-8 encoders write them
 * as '?', so two different ids would become one key) and the Unicode non-characters (U+FDD0–U+FDEF and the last
 * two code points of every plane, which XML and many drivers refuse). Free text may keep tab, LF and CR;
 * identifiers never.
 */
public final class StorableCharacters {

    private StorableCharacters() {
    }

    /** {@code U+XXXX} of the code point (or lone surrogate) at char index {@code i}. */
    public static String codePointName(String value, int i) {
        return String.format("U+%04X", value.codePointAt(i));
    }

    /** The char index of the first forbidden character of {@code value}, or -1 when it has none (or is null). */
    public static int firstForbidden(String value, boolean freeText) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
            if (isForbidden(value, i, freeText)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the code point (or lone surrogate) starting at char index {@code i} is forbidden. */
    public static boolean isForbidden(String value, int i, boolean freeText) {
        int cp = value.codePointAt(i);
        if (cp < 0x20) {
            return !(freeText && (cp == '\t' || cp == '\n' || cp == '\r'));
        }
        // codePointAt returns a surrogate only when it is not part of a pair.
        return cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE
                || cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
    }
}
