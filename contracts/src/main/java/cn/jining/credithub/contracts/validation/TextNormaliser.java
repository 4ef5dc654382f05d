package cn.jining.credithub.contracts.validation;

import java.util.Locale;

/**
 * The standard's form of text: full-width ASCII (U+FF01–U+FF5E) and the ideographic space folded to
 * half-width, surrounding white space trimmed, blank text absent (null).
 */
final class TextNormaliser {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    /** Distance from a full-width form to its ASCII character ('！' U+FF01 to '!' U+0021). */
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    private TextNormaliser() {
    }

    /**
     * Free text (names, facts, decisions): full-width letters, digits and the ideographic space folded.
     * Full-width punctuation stays: in Chinese prose ，（）：；！？ are the correct marks, not stray full-width
     * ASCII, and 〔〕 lie outside the block anyway. Not NFKC, which would also rewrite those.
     */
    static String text(String value) {
        return blankToNull(fold(value, false));
    }

    /**
     * A token that is ASCII by nature (a code, date, amount or code-table value): the whole full-width
     * block folded, so "２０２４／３／１" and "９１４４…" read as the ASCII the sender meant.
     */
    static String token(String value) {
        return blankToNull(fold(value, true));
    }

    /** A code whose letters the standards define in upper case (credit codes, ID numbers). */
    static String code(String value) {
        String token = token(value);
        return token == null ? null : token.toUpperCase(Locale.ROOT);
    }

    static String fold(String value, boolean punctuationToo) {
        if (value == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char folded = foldChar(c, punctuationToo);
            if (folded != c && out == null) {
                // Most values carry nothing to fold: copy only once the first change is found.
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (out != null) {
                out.append(folded);
            }
        }
        return out == null ? value : out.toString();
    }

    private static char foldChar(char c, boolean punctuationToo) {
        if (c == IDEOGRAPHIC_SPACE) {
            return ' ';
        }
        if (c < FULL_WIDTH_FIRST || c > FULL_WIDTH_LAST) {
            return c;
        }
        char ascii = (char) (c - FULL_WIDTH_OFFSET);
        return punctuationToo || Character.isLetterOrDigit(ascii) ? ascii : c;
    }

    private static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
