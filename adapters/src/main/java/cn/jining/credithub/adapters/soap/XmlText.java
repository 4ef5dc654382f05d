package cn.jining.credithub.adapters.soap;

/**
 * Text the hub puts into a SOAP answer when it may quote a request: only characters XML 1.0 can carry (every
 * control, lone surrogate and non-character becomes U+FFFD, line breaks a space) and at most a bounded length,
 * so no request can make an answer ill-formed or long.
 */
public final class XmlText {

    private static final int REPLACEMENT = 0xFFFD;

    private XmlText() {
    }

    /** {@code text} made safe, cut to {@code maxChars} code points (marked with "…" when cut); "" for null. */
    public static String safe(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars + 1));
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (count++ == maxChars) {
                return out.append('…').toString();
            }
            out.appendCodePoint(c == '\t' || c == '\n' || c == '\r' ? ' ' : isCarried(c) ? c : REPLACEMENT);
        }
        return out.toString();
    }

    /** XML 1.0's Char production, less the C1 controls and the non-characters it discourages. */
    private static boolean isCarried(int c) {
        if (c < 0x20 || c >= 0x7F && c <= 0x9F || Character.isSurrogate((char) c) && c <= 0xFFFF) {
            return false;
        }
        if (c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE) {
            return false;
        }
        return c <= 0x10FFFF;
    }
}
