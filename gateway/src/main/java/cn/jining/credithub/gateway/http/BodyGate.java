package cn.jining.credithub.gateway.http;

import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.Semaphore;

/**
 * The one reader of request bodies: at most {@code maxBytes} each, at most {@code maxConcurrent} read and checked
 * at once (so the heap unauthenticated bodies can take is bounded by the product), hashed with SM3 as they
 * stream in, in one pass.
 */
public final class BodyGate {

    /** Seconds a client refused for the cap is told to wait (Retry-After). */
    private static final int FIRST_BUFFER = 64 * 1024;
    private final long maxBytes;
    private final int maxConcurrent;
    private final Semaphore permits;

    /** @param maxConcurrent bodies read at once; 0 for as many of the largest as fit in a quarter of the heap */
    public BodyGate(long maxBytes, int maxConcurrent) {
        this.maxBytes = maxBytes;
        this.maxConcurrent = maxConcurrent > 0 ? maxConcurrent
                : (int) Math.max(1, Runtime.getRuntime().maxMemory() / 4 / Math.max(1, maxBytes));
        this.permits = new Semaphore(this.maxConcurrent);
    }

    /** A body as read, and the hex SM3 of its bytes. */
    public record Body(byte[] bytes, String sm3Hex) {
    }

    /** What is checked of a body before it counts as the hub's (its signature): it returns or refuses. */
    @FunctionalInterface
    public interface Check<T> {
        T accept(Body body);
    }

    /**
     * Reads the whole body of {@code request} and runs {@code check} on it under one permit, so a body whose
     * check fails (a forged signature) never outlives its permit.
     *
     * @throws SubmissionRefusedException TOO_LARGE (declared or sent over the limit; declared is refused before a
     *         byte is read), UNAVAILABLE (as many bodies as allowed are being read: try again after
     *         {@link Refusal#RETRY_AFTER_SECONDS}), or the check's own refusal
     */
    public <T> T read(HttpServletRequest request, Check<T> check) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(declared + " bytes declared");
        }
        // Refuse at once rather than queue: a waiting request would hold its connection and thread anyway.
        if (!permits.tryAcquire()) {
            throw new SubmissionRefusedException(Refusal.UNAVAILABLE, "the hub is reading " + maxConcurrent
                    + " request bodies already; send again in " + Refusal.RETRY_AFTER_SECONDS + " s");
        }
        try {
            return check.accept(readAtMost(request.getInputStream(), declared));
        } finally {
            permits.release();
        }
    }

    /** Straight into one array of the declared length (no copy at the end); a chunked body grows by doubling. */
    private Body readAtMost(InputStream in, long declared) throws IOException {
        byte[] body = new byte[declared >= 0 ? (int) declared : (int) Math.min(FIRST_BUFFER, maxBytes)];
        int size = 0;
        Fingerprint.Sm3 sm3 = new Fingerprint.Sm3();
        while (true) {
            if (size == body.length) {
                // Full: either the end, or (chunked) more to come, as far as the limit.
                int next = in.read();
                if (next < 0) {
                    break;
                }
                if (size + 1L > maxBytes) {
                    throw tooLarge("more than " + maxBytes + " bytes sent");
                }
                body = Arrays.copyOf(body, (int) Math.min(Math.max(2L * body.length, FIRST_BUFFER), maxBytes));
                body[size] = (byte) next;
                sm3.update(body, size++, 1);
                continue;
            }
            int n = in.read(body, size, body.length - size);
            if (n < 0) {
                break;
            }
            sm3.update(body, size, n);
            size += n;
        }
        return new Body(size == body.length ? body : Arrays.copyOf(body, size), sm3.hex());
    }

    private SubmissionRefusedException tooLarge(String what) {
        return new SubmissionRefusedException(Refusal.TOO_LARGE, "the request body is too large (" + what
                + "); at most " + maxBytes + " bytes are accepted");
    }
}
