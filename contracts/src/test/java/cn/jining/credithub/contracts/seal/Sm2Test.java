package cn.jining.credithub.contracts.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Arrays;
import javax.crypto.Cipher;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SM2 signatures and key wrapping, including interoperability with Bouncy Castle's JCA side. */
class Sm2Test {

    private static final byte[] MESSAGE = "济宁 credit batch".getBytes(StandardCharsets.UTF_8);
    private static KeyPair alice;
    private static KeyPair bob;

    @BeforeAll
    static void keys() throws GeneralSecurityException {
        alice = Sm2Keys.generate();
        bob = Sm2Keys.generate();
    }

    @Test
    void signatureRoundTripAndRefusals() throws GeneralSecurityException {
        byte[] signature = new BcSm2Signer(alice.getPrivate()).sign(MESSAGE);
        SignatureVerifier verifier = new BcSm2SignatureVerifier();
        assertThat(signature[0]).as("DER SEQUENCE").isEqualTo((byte) 0x30);
        assertThat(verifier.verify(MESSAGE, signature, alice.getPublic())).isTrue();
        assertThat(verifier.verify(MESSAGE, signature, bob.getPublic())).isFalse();
        assertThat(verifier.verify("other".getBytes(StandardCharsets.UTF_8), signature, alice.getPublic())).isFalse();
        assertThat(verifier.verify(MESSAGE, Arrays.copyOf(signature, signature.length - 1), alice.getPublic())).isFalse();
        assertThat(verifier.verify(MESSAGE, new byte[0], alice.getPublic())).isFalse();
    }

    @Test
    void lightweightSignatureVerifiesWithJcaSm3withSm2AndItsDefaultUserId() throws GeneralSecurityException {
        byte[] signature = new BcSm2Signer(alice.getPrivate()).sign(MESSAGE);
        assertThat(jcaVerify(signature, null)).isTrue();
        // The user ID enters Z, so the stated ID is part of what the signature means.
        assertThat(jcaVerify(signature, new SM2ParameterSpec("8765432187654321".getBytes(StandardCharsets.US_ASCII))))
                .isFalse();
    }

    @Test
    void jcaSignatureVerifiesWithTheLightweightVerifier() throws GeneralSecurityException {
        Signature jca = Signature.getInstance("SM3withSM2", Sm2Keys.provider());
        jca.setParameter(new SM2ParameterSpec(Sm2Keys.DEFAULT_USER_ID));
        jca.initSign(alice.getPrivate());
        jca.update(MESSAGE);
        assertThat(new BcSm2SignatureVerifier().verify(MESSAGE, jca.sign(), alice.getPublic())).isTrue();
    }

    @Test
    void keyWrapRoundTripInC1C3C2() throws GeneralSecurityException {
        byte[] key = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        KeyWrapper wrapper = new BcSm2KeyWrapper();
        byte[] wrapped = wrapper.wrap(key, bob.getPublic());
        assertThat(wrapped).hasSize(65 + 32 + 16);
        assertThat(wrapped[0]).as("C1 as an uncompressed point").isEqualTo((byte) 0x04);
        assertThat(wrapper.unwrap(wrapped, bob.getPrivate())).isEqualTo(key);
        assertThat(wrapper.wrap(key, bob.getPublic())).as("randomised").isNotEqualTo(wrapped);
        assertThatThrownBy(() -> wrapper.unwrap(wrapped, alice.getPrivate()))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void orderDiffersFromTheJcaSm2CipherWhichIsC1C2C3() throws GeneralSecurityException {
        byte[] key = "fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
        Cipher jca = Cipher.getInstance("SM2", Sm2Keys.provider());
        jca.init(Cipher.ENCRYPT_MODE, bob.getPublic(), Sm2Keys.random());
        byte[] c1c2c3 = jca.doFinal(key);
        int c2 = c1c2c3.length - 65 - 32;
        byte[] c1c3c2 = new byte[c1c2c3.length];
        System.arraycopy(c1c2c3, 0, c1c3c2, 0, 65);
        System.arraycopy(c1c2c3, 65 + c2, c1c3c2, 65, 32);
        System.arraycopy(c1c2c3, 65, c1c3c2, 65 + 32, c2);
        KeyWrapper wrapper = new BcSm2KeyWrapper();
        assertThat(wrapper.unwrap(c1c3c2, bob.getPrivate())).isEqualTo(key);
        assertThatThrownBy(() -> wrapper.unwrap(c1c2c3, bob.getPrivate())).isInstanceOf(GeneralSecurityException.class);
    }

    private static boolean jcaVerify(byte[] signature, SM2ParameterSpec spec) throws GeneralSecurityException {
        Signature jca = Signature.getInstance("SM3withSM2", Sm2Keys.provider());
        if (spec != null) {
            jca.setParameter(spec);
        }
        jca.initVerify(alice.getPublic());
        jca.update(MESSAGE);
        return jca.verify(signature);
    }
}
