package cn.jining.credithub.contracts.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A signed request verifies only unaltered, in its time window, by the registered source's key. */
class RequestVerifierTest {

    /** Now, to the second: the demo certificates are valid from a few minutes ago. */
    private static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    private static final String PATH = "/api/v1/submissions";
    private static final byte[] BODY = "{\"sourceId\":\"jn-amr\"}".getBytes(StandardCharsets.UTF_8);
    private static SealingIdentity amr;
    private static SealingIdentity stranger;
    private static RequestVerifier verifier;

    @BeforeAll
    static void keys() throws GeneralSecurityException {
        amr = DemoKeys.generate("jn-amr");
        stranger = DemoKeys.generate("jn-amr");
        Map<String, X509Certificate> certificates = Map.of("jn-amr", amr.certificate());
        verifier = new RequestVerifier(id -> id.equals("jn-amr") || id.equals("qufu-files"),
                id -> Optional.ofNullable(certificates.get(id)), Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5));
    }

    @Test
    void theCanonicalStringIsMethodPathTimestampAndTheBodysSm3() {
        assertThat(SignedRequest.canonical("post", PATH, "2026-11-26T03:00:00Z", "abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("POST\n/api/v1/submissions\n2026-11-26T03:00:00Z\n"
                        + "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void aRequestSignedByTheSourceVerifiesWithinTheWindow() throws GeneralSecurityException {
        Map<String, String> headers = sign(amr, NOW.minusSeconds(299), BODY);
        RequestVerifier.Authenticated authenticated = verify("POST", PATH, headers, BODY);
        assertThat(authenticated.sourceId()).isEqualTo("jn-amr");
        assertThat(authenticated.timestamp()).isEqualTo(NOW.minusSeconds(299));
    }

    @Test
    void anAlteredBodyPathOrMethodFailsTheSignature() throws GeneralSecurityException {
        Map<String, String> headers = sign(amr, NOW, BODY);
        byte[] altered = "{\"sourceId\":\"jn-tax\"}".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> verify("POST", PATH, headers, altered), Refusal.BAD_SIGNATURE);
        assertRefused(() -> verify("POST", "/soap/submissions", headers, BODY), Refusal.BAD_SIGNATURE);
        assertRefused(() -> verify("PUT", PATH, headers, BODY), Refusal.BAD_SIGNATURE);
    }

    @Test
    void theHeadersAreCheckedAloneAndTheSignatureOverTheHashOfTheStreamedBody() throws GeneralSecurityException {
        Map<String, String> headers = sign(amr, NOW, BODY);
        RequestVerifier.Claimed claimed = verifier.claimed(headers.get(SignedRequest.SOURCE_HEADER),
                headers.get(SignedRequest.TIMESTAMP_HEADER), headers.get(SignedRequest.SIGNATURE_HEADER));
        Fingerprint.Sm3 streamed = new Fingerprint.Sm3();
        for (int i = 0; i < BODY.length; i += 5) {
            streamed.update(BODY, i, Math.min(5, BODY.length - i));
        }

        assertThat(verifier.verify(claimed, "POST", PATH, streamed.hex()).sourceId()).isEqualTo("jn-amr");
        assertRefused(() -> verifier.verify(claimed, "POST", PATH, Fingerprint.sm3Hex(new byte[1])),
                Refusal.BAD_SIGNATURE);
        assertRefused(() -> verifier.claimed("jn-amr", headers.get(SignedRequest.TIMESTAMP_HEADER), null),
                Refusal.UNAUTHENTICATED);
    }

    @Test
    void anotherKeyClaimingTheSourceFailsTheSignature() throws GeneralSecurityException {
        assertRefused(() -> verify("POST", PATH, sign(stranger, NOW, BODY), BODY), Refusal.BAD_SIGNATURE);
    }

    @Test
    void aSignatureThatIsNotBase64IsBad() throws GeneralSecurityException {
        Map<String, String> headers = new java.util.HashMap<>(sign(amr, NOW, BODY));
        headers.put(SignedRequest.SIGNATURE_HEADER, "not base64 !");
        assertRefused(() -> verify("POST", PATH, headers, BODY), Refusal.BAD_SIGNATURE);
    }

    @Test
    void aTimestampOutsideTheWindowEitherWayIsStale() throws GeneralSecurityException {
        assertRefused(() -> verify("POST", PATH, sign(amr, NOW.minusSeconds(301), BODY), BODY), Refusal.STALE_REQUEST);
        assertRefused(() -> verify("POST", PATH, sign(amr, NOW.plusSeconds(301), BODY), BODY), Refusal.STALE_REQUEST);
    }

    @Test
    void aTimestampInAnotherFormIsRefused() throws GeneralSecurityException {
        Map<String, String> headers = new java.util.HashMap<>(sign(amr, NOW, BODY));
        headers.put(SignedRequest.TIMESTAMP_HEADER, "2026-11-26T11:00:00+08:00");
        assertRefused(() -> verify("POST", PATH, headers, BODY), Refusal.UNAUTHENTICATED);
    }

    @Test
    void missingHeadersUnknownSourcesAndSourcesWithoutCertificateAreRefused() throws GeneralSecurityException {
        assertRefused(() -> verify("POST", PATH, Map.of(), BODY), Refusal.UNAUTHENTICATED);
        Map<String, String> unknown = new RequestSigner("no-such-bureau", amr.signer(), Clock.fixed(NOW, ZoneOffset.UTC))
                .headers("POST", PATH, BODY);
        assertRefused(() -> verify("POST", PATH, unknown, BODY), Refusal.UNKNOWN_SOURCE);
        Map<String, String> noCertificate = new RequestSigner("qufu-files", amr.signer(), Clock.fixed(NOW, ZoneOffset.UTC))
                .headers("POST", PATH, BODY);
        assertRefused(() -> verify("POST", PATH, noCertificate, BODY), Refusal.UNAUTHENTICATED);
    }

    @Test
    void timestampsAreUtcToTheSecond() {
        assertThat(SignedRequest.timestamp(Instant.parse("2026-11-26T03:00:00.987Z"))).isEqualTo("2026-11-26T03:00:00Z");
        assertThat(SignedRequest.parseTimestamp("2026-11-26T03:00:00Z")).contains(Instant.parse("2026-11-26T03:00:00Z"));
        assertThat(SignedRequest.parseTimestamp("2026-11-26T03:00:00.000Z")).isEmpty();
        assertThat(SignedRequest.parseTimestamp("2026-11-26 03:00:00Z")).isEmpty();
    }

    private static Map<String, String> sign(SealingIdentity identity, Instant at, byte[] body)
            throws GeneralSecurityException {
        return new RequestSigner("jn-amr", identity.signer(), Clock.fixed(at, ZoneOffset.UTC)).headers("POST", PATH, body);
    }

    private static RequestVerifier.Authenticated verify(String method, String path, Map<String, String> headers,
                                                        byte[] body) {
        return verifier.verify(method, path, headers.get(SignedRequest.SOURCE_HEADER),
                headers.get(SignedRequest.TIMESTAMP_HEADER), headers.get(SignedRequest.SIGNATURE_HEADER), body);
    }

    private static void assertRefused(ThrowingCallable call, Refusal refusal) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SubmissionRefusedException.class, e -> {
            assertThat(e.refusal()).isEqualTo(refusal);
            assertThat(e.getMessage()).isNotBlank();
        });
    }
}
