package cn.jining.credithub.contracts.auth;

import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.contracts.seal.Signer;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The client side of a signed request, for bureaus and tests: the three headers a source adds to a request so
 * the hub can authenticate it (docs/rest-api.md, "Authentication"). Thread-safe.
 */
public final class RequestSigner {

    private final String sourceId;
    private final Signer signer;
    private final Clock clock;

    public RequestSigner(String sourceId, Signer signer, Clock clock) {
        this.sourceId = sourceId;
        this.signer = signer;
        this.clock = clock;
    }

    /** A signer with the identity's SM2 key and the system clock. */
    public static RequestSigner of(String sourceId, SealingIdentity identity) throws GeneralSecurityException {
        return new RequestSigner(sourceId, identity.signer(), Clock.systemUTC());
    }

    /** The headers for a request now. */
    public Map<String, String> headers(String method, String path, byte[] body) throws GeneralSecurityException {
        return headers(method, path, body, clock.instant());
    }

    /** The headers for a request signed at {@code at} (tests use it for stale requests). */
    public Map<String, String> headers(String method, String path, byte[] body, Instant at)
            throws GeneralSecurityException {
        String timestamp = SignedRequest.timestamp(at);
        byte[] signature = signer.sign(SignedRequest.canonicalBytes(method, path, timestamp, body));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SignedRequest.SOURCE_HEADER, sourceId);
        headers.put(SignedRequest.TIMESTAMP_HEADER, timestamp);
        headers.put(SignedRequest.SIGNATURE_HEADER, Base64.getEncoder().encodeToString(signature));
        return headers;
    }

    public String sourceId() {
        return sourceId;
    }
}
