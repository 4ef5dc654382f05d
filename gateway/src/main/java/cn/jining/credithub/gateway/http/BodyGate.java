package cn.jining.credithub.gateway.http;

import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Semaphore;

/**
 * The one reader of request bodies: at most {@code maxBytes} each, at most {@code maxConcurrent} read at once
 * (so the heap they can take is bounded by the product), hashed with SM3 as they stream in, in one pass.
 */
public final class BodyGate {

    /** Seconds a client refused for the cap is told to wait (Retry-After). */
    public static final int RETRY_AFTER_SECONDS = 5;
    private static final int FIRST_BUFFER = 64 * 1024;
    private final long maxBytes;
    private final int maxConcurrent;
    private final Semaphore permits;

    public BodyGate(long maxBytes, int maxConcurrent) {
        this.maxBytes = maxBytes;
        this.maxConcurrent = maxConcurrent;
        this.permits = new Semaphore(maxConcurrent);
    }

    /** A body as read, and the hex SM3 of its bytes. */
    public record Body(byte[] bytes, String sm3Hex) {
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads the whole body of {@code request}.
     *
     * @throws SubmissionRefusedException TOO_LARGE (declared or sent over the limit; declared is refused before a
     *         byte is read), UNAVAILABLE (as many bodies as allowed are being read: try again after
     *         {@link #RETRY_AFTER_SECONDS})
     */
    public Body read(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(declared + " bytes declared");
        }
        // Refuse at once rather than queue: a waiting request would hold its connection and thread anyway.
        if (!permits.tryAcquire()) {
            throw new SubmissionRefusedException(Refusal.UNAVAILABLE, "the hub is reading " + maxConcurrent
                    + " request bodies already; send again in " + RETRY_AFTER_SECONDS + " s");
        }
        try {
            return readAtMost(request.getInputStream(), declared);
        } finally {
            permits.release();
        }
    }

    private Body readAtMost(InputStream in, long declared) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) Math.min(declared, FIRST_BUFFER)
                : FIRST_BUFFER);
        Fingerprint.Sm3 sm3 = new Fingerprint.Sm3();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > maxBytes) {
                throw tooLarge("more than " + maxBytes + " bytes sent");
            }
            out.write(buffer, 0, n);
            sm3.update(buffer, 0, n);
        }
        return new Body(out.toByteArray(), sm3.hex());
    }

    private SubmissionRefusedException tooLarge(String what) {
        return new SubmissionRefusedException(Refusal.TOO_LARGE, "the request body is too large (" + what
                + "); at most " + maxBytes + " bytes are accepted");
    }
}
