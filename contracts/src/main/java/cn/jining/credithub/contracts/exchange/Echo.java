package cn.jining.credithub.contracts.exchange;

/**
 * How any value a client sent is repeated back to it (receipts, violations, error messages, logs): at most
 * {@link #MAX_CHARACTERS} code points and a "…", and every character no destination can store written as a
 * {@code \\uXXXX} escape, so an echo is always short, always serialisable (JSON, XML, SQL text) and still shows
 * which character was wrong.
 */
public final class Echo {

    /** The one bound on an echoed input value, in code points. */
    public static final int MAX_CHARACTERS = 100;
    /** What follows a cut echo. */
    public static final String ELLIPSIS = "…";

    private Echo() {
    }

    /** The value as it may be echoed; null stays null. */
    public static String of(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_CHARACTERS + 8));
        int shown = 0;
        for (int i = 0; i < value.length(); ) {
            if (shown == MAX_CHARACTERS) {
                return out.append(ELLIPSIS).toString();
            }
            int cp = value.codePointAt(i);
            if (StorableCharacters.isForbidden(value, i, false)) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
            shown++;
        }
        return out.toString();
    }

    /** {@link #of} in single quotes, as error messages name a value. */
    public static String quoted(String value) {
        return value == null ? "null" : "'" + of(value) + "'";
    }
}
