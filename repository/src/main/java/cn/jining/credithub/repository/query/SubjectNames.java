package cn.jining.credithub.repository.query;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How names are searched: one normal form ({@link #normalise}) and its two-character pieces ({@link #grams}), the
 * same when a name is indexed and when a query is cut up, so that every substring of two or more characters of a
 * name finds it.
 */
public final class SubjectNames {

    /** Characters per piece: two, since most Chinese words are two characters and a name rarely has fewer. */
    static final int GRAM = 2;

    private SubjectNames() {
    }

    /** NFKC (full-width letters, digits and brackets become their usual form), no white space, lower case. */
    public static String normalise(String name) {
        if (name == null) {
            return null;
        }
        String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The distinct pieces of a normalised name, in order; a one-character name is its own piece. */
    public static Set<String> grams(String key) {
        Set<String> grams = new LinkedHashSet<>();
        if (key == null || key.isEmpty()) {
            return grams;
        }
        int[] cps = key.codePoints().toArray();
        if (cps.length < GRAM) {
            grams.add(key);
            return grams;
        }
        for (int i = 0; i + GRAM <= cps.length; i++) {
            grams.add(new String(cps, i, GRAM));
        }
        return grams;
    }

    /** What a caller types to find a subject: the credit code, or the document number without its type. */
    static String lookupCode(String subjectCode) {
        int colon = subjectCode.indexOf(':');
        return colon < 0 ? subjectCode : subjectCode.substring(colon + 1);
    }
}
