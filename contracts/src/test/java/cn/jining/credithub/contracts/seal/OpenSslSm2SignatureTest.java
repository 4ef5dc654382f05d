package cn.jining.credithub.contracts.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * A signature made by another SM2 implementation verifies here: OpenSSL 3.0.19, generated once with
 * {@code openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:SM2} and
 * {@code openssl pkeyutl -sign -rawin -digest sm3 -pkeyopt distid:1234567812345678} (and checked by
 * {@code openssl pkeyutl -verify}). Only the public key and the signature are kept: nothing secret.
 */
class OpenSslSm2SignatureTest {

    private static final byte[] MESSAGE = "credit hub: signed by OpenSSL".getBytes(StandardCharsets.US_ASCII);
    private static final String PUBLIC_KEY = "MFkwEwYHKoZIzj0CAQYIKoEcz1UBgi0DQgAEid+0P94m9DdgxZtCvexvN2MNtSxqesUUASV9"
            + "yWNdbHlzQkBmMBvC9mGp1rvdKhSE2ULfI/XR99faUzsz+7OlMA==";
    private static final String SIGNATURE = "MEUCICa/RkLGzEO97vzS+AGWy6Xzx9eCQ1QOj2qDqwSJz4z+AiEAtRu/a3PLQiEn7CZDwo6s"
            + "WZ5B3RTWYP7qVJ50aXNXRd4=";

    @Test
    void anOpenSslSignatureVerifiesAndFailsForAnotherMessage() throws GeneralSecurityException {
        PublicKey key = KeyFactory.getInstance("EC", Sm2Keys.provider())
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(PUBLIC_KEY)));
        byte[] signature = Base64.getDecoder().decode(SIGNATURE);
        BcSm2SignatureVerifier verifier = new BcSm2SignatureVerifier();

        assertThat(verifier.verify(MESSAGE, signature, key)).isTrue();
        byte[] other = MESSAGE.clone();
        other[0] ^= 1;
        assertThat(verifier.verify(other, signature, key)).isFalse();
    }
}
