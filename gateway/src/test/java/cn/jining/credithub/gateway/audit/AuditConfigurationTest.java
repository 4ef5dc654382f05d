package cn.jining.credithub.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.seal.BcSm2SignatureVerifier;
import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoint identity is read from a PKCS#12 file generated here at run time; none configured means none. */
class AuditConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void noKeystoreMeansAnUnsignedChain() throws Exception {
        assertThat(AuditConfiguration.checkpointIdentity("", "audit", null)).isNull();
        assertThat(AuditConfiguration.checkpointIdentity(null, "audit", null)).isNull();
    }

    @Test
    void theIdentityOfAKeystoreSignsCheckpoints() throws Exception {
        SealingIdentity generated = DemoKeys.generate("credit-hub-audit");
        String password = UUID.randomUUID().toString();
        Path keystore = Files.write(dir.resolve("audit.p12"), generated.toPkcs12(password.toCharArray(), "audit"));

        SealingIdentity loaded = AuditConfiguration.checkpointIdentity(keystore.toString(), "audit", password);

        byte[] message = "checkpoint".getBytes(StandardCharsets.UTF_8);
        assertThat(new BcSm2SignatureVerifier().verify(message, loaded.signer().sign(message),
                generated.certificate().getPublicKey())).isTrue();
        assertThatThrownBy(() -> AuditConfiguration.checkpointIdentity(keystore.toString(), "audit", "wrong"))
                .isInstanceOfAny(GeneralSecurityException.class, IOException.class);
    }
}
