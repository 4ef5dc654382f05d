package cn.jining.credithub.contracts.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;

class BcSm4GcmCipherTest {

    private static final byte[] PLAIN = "{\"records\":[\"文\"]}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] AAD = "header".getBytes(StandardCharsets.UTF_8);
    private final PayloadCipher cipher = new BcSm4GcmCipher();

    @Test
    void roundTripWithFreshKeyAndIvEachTime() throws GeneralSecurityException {
        PayloadCipher.Encrypted first = cipher.encrypt(PLAIN, AAD);
        PayloadCipher.Encrypted second = cipher.encrypt(PLAIN, AAD);
        assertThat(first.key()).hasSize(16).isNotEqualTo(second.key());
        assertThat(first.iv()).hasSize(12).isNotEqualTo(second.iv());
        assertThat(first.ciphertext()).hasSize(PLAIN.length + 16);
        assertThat(cipher.decrypt(first.key(), first.iv(), first.ciphertext(), AAD)).isEqualTo(PLAIN);
    }

    @Test
    void anyChangeFailsAuthentication() throws GeneralSecurityException {
        PayloadCipher.Encrypted e = cipher.encrypt(PLAIN, AAD);
        byte[] flipped = e.ciphertext().clone();
        flipped[3] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(e.key(), e.iv(), flipped, AAD))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> cipher.decrypt(e.key(), e.iv(), e.ciphertext(), "other".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(GeneralSecurityException.class);
        byte[] iv = e.iv().clone();
        iv[0] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(e.key(), iv, e.ciphertext(), AAD))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> cipher.decrypt(new byte[8], e.iv(), e.ciphertext(), AAD))
                .isInstanceOf(GeneralSecurityException.class);
    }
}
