package cn.jining.credithub.adapters.sftp;

import cn.jining.credithub.contracts.exchange.Echo;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The batch id of a file's n-th chunk: {@code <file name>#<n>}, shortened to the intake's 64 characters. A name
 * (or a staging row's id) is taken as {@link Echo} shows it, so a name no destination could store still gives an
 * id the intake takes, and a cut never splits a surrogate pair.
 */
public final class BatchIds {

    static final int MAX = 64;

    private BatchIds() {
    }

    static String of(String name, int chunk) {
        String file = Echo.of(name).replace(Echo.ELLIPSIS, "");
        String suffix = "#" + chunk;
        if (file.equals(name) && file.length() + suffix.length() <= MAX) {
            return file + suffix;
        }
        // A long or escaped name keeps its start (what an operator recognises) and a hash of the whole, so two
        // names with a common start, or one escaped and one spelling out the escape, still get different batch ids.
        String hash = HexFormat.of().formatHex(sha256(name), 0, 4);
        return cut(file, MAX - suffix.length() - hash.length() - 1) + "~" + hash + suffix;
    }

    /** At most {@code max} chars of {@code id}, never ending in half a surrogate pair. */
    public static String cut(String id, int max) {
        if (id.length() <= max) {
            return id;
        }
        return id.substring(0, Character.isHighSurrogate(id.charAt(max - 1)) ? max - 1 : max);
    }

    /** Over the name's UTF-16 code units as they are: a UTF-8 encoder would turn every lone surrogate into '?'. */
    private static byte[] sha256(String text) {
        java.nio.ByteBuffer units = java.nio.ByteBuffer.allocate(text.length() * 2);
        text.chars().forEach(c -> units.putChar((char) c));
        try {
            return MessageDigest.getInstance("SHA-256").digest(units.array());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
