package cn.jining.credithub.contracts.auth;

import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed-request scheme of the push channels (docs/rest-api.md, "Authentication"): the header names, the
 * timestamp form and the one canonical string that the source signs and the hub verifies.
 */
public final class SignedRequest {

    /** The registry id of the source that signs the request. */
    public static final String SOURCE_HEADER = "X-CreditHub-Source";
    /** When the source signed, ISO-8601 UTC to the second, e.g. {@code 2026-11-26T03:00:00Z}. */
    public static final String TIMESTAMP_HEADER = "X-CreditHub-Timestamp";
    /** Base64 of the DER SM3withSM2 signature (user id 1234567812345678) over {@link #canonical}. */
    public static final String SIGNATURE_HEADER = "X-CreditHub-Signature";
    /**
     * The Camel header (and internal request header) naming the source the hub authenticated. Only the hub sets
     * it: the HTTP filter after verifying a signature, polling channels from their configuration.
     */
    public static final String AUTHENTICATED_SOURCE = "CreditHubAuthenticatedSource";
    /** The Camel header carrying the verified request timestamp of a push channel (replay protection). */
    public static final String REQUEST_TIMESTAMP = "CreditHubRequestTimestamp";
    /** The Camel header carrying the client's address, for refusal audit entries. */
    public static final String REMOTE_ADDRESS = "CreditHubRemoteAddress";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private SignedRequest() {
    }

    /**
     * {@code METHOD\nPATH\nTIMESTAMP\nhex(SM3(body))}: the method in upper case, the path as in the request line
     * without the query string, the timestamp header exactly as sent, the lower-case hex SM3 of the body bytes.
     */
    public static String canonical(String method, String path, String timestamp, byte[] body) {
        return canonicalOfDigest(method, path, timestamp, Fingerprint.sm3Hex(body == null ? new byte[0] : body));
    }

    /** {@link #canonical} from the body's hex SM3, for a body hashed while it was read. */
    public static String canonicalOfDigest(String method, String path, String timestamp, String bodySm3Hex) {
        return method.toUpperCase(Locale.ROOT) + '\n' + path + '\n' + timestamp + '\n' + bodySm3Hex;
    }

    /** {@link #canonical} as the UTF-8 bytes that are signed. */
    public static byte[] canonicalBytes(String method, String path, String timestamp, byte[] body) {
        return canonical(method, path, timestamp, body).getBytes(StandardCharsets.UTF_8);
    }

    /** The timestamp header's value for {@code instant} (cut to the second). */
    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The instant of a timestamp header, or empty when it is not exactly {@code yyyy-MM-ddTHH:mm:ssZ}. */
    public static Optional<Instant> parseTimestamp(String value) {
        if (value == null || value.length() != 20) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(TIMESTAMP.parse(value)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
