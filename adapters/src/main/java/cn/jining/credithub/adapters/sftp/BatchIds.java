package cn.jining.credithub.adapters.sftp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The batch id of a file's n-th chunk: {@code <file name>#<n>}, shortened to the intake's 64 characters. */
final class BatchIds {

    static final int MAX = 64;

    private BatchIds() {
    }

    static String of(String file, int chunk) {
        String suffix = "#" + chunk;
        if (file.length() + suffix.length() <= MAX) {
            return file + suffix;
        }
        // A long name keeps its start (what an operator recognises) and a hash of the whole, so two long names
        // with a common start still get different batch ids.
        String hash = HexFormat.of().formatHex(sha256(file), 0, 4);
        return file.substring(0, MAX - suffix.length() - hash.length() - 1) + "~" + hash + suffix;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
