package cn.jining.credithub.contracts.auth;

import cn.jining.credithub.contracts.exchange.Echo;
import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.seal.BcSm2SignatureVerifier;
import cn.jining.credithub.contracts.seal.SignatureVerifier;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The hub side of a signed request: checks the three headers against the source's registered certificate and
 * the clock, and names the source it authenticated, or refuses with a stable code and a message naming what is
 * wrong (never why a signature failed in more detail than that: no oracle for forgers).
 */
public final class RequestVerifier {

    private static final int MAX_SOURCE_ID = 128;
    private final Predicate<String> registered;
    private final Function<String, Optional<X509Certificate>> certificates;
    private final Clock clock;
    private final Duration window;
    private final SignatureVerifier signatures = new BcSm2SignatureVerifier();

    /**
     * @param registered   whether a source id is in the registry
     * @param certificates a registered source's certificate, if it has one
     * @param window       how far a request's timestamp may be from the hub's clock, either way
     */
    public RequestVerifier(Predicate<String> registered, Function<String, Optional<X509Certificate>> certificates,
                           Clock clock, Duration window) {
        this.registered = registered;
        this.certificates = certificates;
        this.clock = clock;
        this.window = window;
    }

    /** The authenticated request: who signed it and when. */
    public record Authenticated(String sourceId, Instant timestamp) {
    }

    /**
     * What the headers alone prove, before a byte of the body is read: the source is registered and has a
     * usable certificate, the timestamp is in the window, the signature is readable. Only {@link #verify(Claimed,
     * String, String, String)} with the body's hash authenticates the request.
     */
    public record Claimed(String sourceId, Instant timestamp, String timestampHeader, byte[] signature,
                          X509Certificate certificate) {
    }

    /**
     * The checks on the headers alone (docs/rest-api.md, Authentication), so a request nobody could have signed
     * is refused before its body costs the hub anything.
     *
     * @throws SubmissionRefusedException UNAUTHENTICATED (a header missing or unreadable, no usable certificate),
     *         UNKNOWN_SOURCE, STALE_REQUEST or BAD_SIGNATURE (not Base64)
     */
    public Claimed claimed(String source, String timestamp, String signature) {
        if (isBlank(source) || isBlank(timestamp) || isBlank(signature)) {
            throw refused(Refusal.UNAUTHENTICATED, "the request is not signed: send " + SignedRequest.SOURCE_HEADER
                    + ", " + SignedRequest.TIMESTAMP_HEADER + " and " + SignedRequest.SIGNATURE_HEADER
                    + " (docs/rest-api.md, Authentication)");
        }
        if (source.length() > MAX_SOURCE_ID || !registered.test(source)) {
            String shown = source.substring(0, Math.min(source.length(), MAX_SOURCE_ID));
            throw refused(Refusal.UNKNOWN_SOURCE, SignedRequest.SOURCE_HEADER + " " + Echo.quoted(shown)
                    + " is not a source registered with this hub");
        }
        Instant at = SignedRequest.parseTimestamp(timestamp).orElseThrow(() -> refused(Refusal.UNAUTHENTICATED,
                SignedRequest.TIMESTAMP_HEADER + " must be ISO-8601 UTC to the second, e.g. 2026-11-26T03:00:00Z"));
        Instant now = clock.instant();
        if (Duration.between(at, now).abs().compareTo(window) > 0) {
            throw refused(Refusal.STALE_REQUEST, SignedRequest.TIMESTAMP_HEADER + " " + timestamp
                    + " is more than " + window.toSeconds() + " s from the hub's clock (" + SignedRequest.timestamp(now)
                    + "); sign each request when it is sent");
        }
        X509Certificate certificate = certificates.apply(source).orElseThrow(() -> refused(Refusal.UNAUTHENTICATED,
                "source '" + source + "' has no certificate registered for signed requests"));
        try {
            certificate.checkValidity(Date.from(now));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw refused(Refusal.UNAUTHENTICATED, "the certificate registered for source '" + source
                    + "' is not valid now (valid " + certificate.getNotBefore().toInstant() + " to "
                    + certificate.getNotAfter().toInstant() + ")");
        }
        try {
            return new Claimed(source, at, timestamp, Base64.getDecoder().decode(signature.trim()), certificate);
        } catch (IllegalArgumentException e) {
            throw refused(Refusal.BAD_SIGNATURE, SignedRequest.SIGNATURE_HEADER + " is not Base64");
        }
    }

    /**
     * The signature of a {@link #claimed} request over its method, path and the hex SM3 of its body.
     *
     * @throws SubmissionRefusedException BAD_SIGNATURE
     */
    public Authenticated verify(Claimed claimed, String method, String path, String bodySm3Hex) {
        byte[] canonical = SignedRequest.canonicalOfDigest(method, path, claimed.timestampHeader(), bodySm3Hex)
                .getBytes(StandardCharsets.UTF_8);
        if (!signatures.verify(canonical, claimed.signature(), claimed.certificate().getPublicKey())) {
            throw refused(Refusal.BAD_SIGNATURE, "the signature does not verify with the certificate of source '"
                    + claimed.sourceId() + "' over " + method + " " + Echo.of(path) + " at "
                    + claimed.timestampHeader() + " and this body");
        }
        return new Authenticated(claimed.sourceId(), claimed.timestamp());
    }

    /**
     * Both steps for a body already in memory.
     *
     * @throws SubmissionRefusedException as {@link #claimed} and {@link #verify(Claimed, String, String, String)}
     */
    public Authenticated verify(String method, String path, String source, String timestamp, String signature,
                                byte[] body) {
        return verify(claimed(source, timestamp, signature), method, path, Fingerprint.sm3Hex(body));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static SubmissionRefusedException refused(Refusal refusal, String message) {
        return new SubmissionRefusedException(refusal, message);
    }
}
