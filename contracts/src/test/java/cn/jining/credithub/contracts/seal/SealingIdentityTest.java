package cn.jining.credithub.contracts.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;

class SealingIdentityTest {

    @Test
    void demoCertificateIsSelfSignedWithSm3withSm2() throws GeneralSecurityException {
        SealingIdentity identity = DemoKeys.generate("jn-amr");
        assertThat(identity.certificate().getSigAlgName()).isEqualToIgnoringCase("SM3WITHSM2");
        assertThat(identity.certificate().getSubjectX500Principal().getName()).contains("CN=jn-amr", "O=DEMO");
        identity.certificate().verify(identity.certificate().getPublicKey(), Sm2Keys.provider());
        assertThat(DemoKeys.generate("jn-amr").certificate().getPublicKey())
                .as("generated, never a fixed key").isNotEqualTo(identity.certificate().getPublicKey());
    }

    @Test
    void pkcs12RoundTripKeepsAWorkingKeyAndItsCertificate() throws GeneralSecurityException, IOException {
        SealingIdentity identity = DemoKeys.generate("jn-tax");
        char[] password = "test-only".toCharArray();
        byte[] p12 = identity.toPkcs12(password, "seal");
        SealingIdentity loaded = SealingIdentity.fromPkcs12(new ByteArrayInputStream(p12), password, "seal");
        assertThat(loaded.certificate()).isEqualTo(identity.certificate());
        byte[] message = "batch".getBytes(StandardCharsets.UTF_8);
        assertThat(new BcSm2SignatureVerifier().verify(message, loaded.signer().sign(message),
                identity.certificate().getPublicKey())).isTrue();
        assertThatThrownBy(() -> SealingIdentity.fromPkcs12(new ByteArrayInputStream(p12), password, "other"))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> SealingIdentity.fromPkcs12(new ByteArrayInputStream(p12), "wrong".toCharArray(), "seal"))
                .isInstanceOf(IOException.class);
    }
}
