package cn.jining.credithub.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.gateway.wiring.HubProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Demo key generation at start-up never touches a deployment's material: an existing certificate or keystore
 * stays byte for byte, no half pair is written next to it, and what is generated is owner-only.
 */
class DemoKeyMaterialTest {

    private static final char[] DEMO = KeyConfiguration.DEMO_PASSWORD.toCharArray();
    private final HubProperties noSources = new HubProperties(null, null, List.of());

    @TempDir
    Path temp;

    @Test
    void aDeploymentsProvinceCertificateStaysAsItIsAndGetsNoDemoKeyBesideIt() throws Exception {
        KeyFolder folder = new KeyFolder(temp.resolve("keys"));
        KeyFolder.writePem(folder.provinceCertificate(), SourceCertificates.generate("real-province").certificate());
        byte[] province = Files.readAllBytes(folder.provinceCertificate());

        HubKeys keys = new KeyConfiguration().hubKeys(folder, noSources, true);

        assertThat(Files.readAllBytes(folder.provinceCertificate())).isEqualTo(province);
        assertThat(folder.provinceKeystore()).doesNotExist();
        assertThat(keys.province().getSubjectX500Principal().getName()).contains("real-province");
        assertThat(keys.hub().certificate().getSubjectX500Principal().getName()).contains("O=DEMO");
    }

    @Test
    void anExistingKeystoreAndCertificateAreNeverRegenerated() throws Exception {
        KeyFolder folder = new KeyFolder(temp.resolve("keys"));
        SealingIdentity own = SourceCertificates.generate("own-hub");
        KeyFolder.writeIdentity(folder.hubKeystore(), folder.dir().resolve("hub.crt"), own, DEMO, KeyFolder.HUB_ALIAS);
        byte[] keystore = Files.readAllBytes(folder.hubKeystore());
        byte[] certificate = Files.readAllBytes(folder.dir().resolve("hub.crt"));

        HubKeys keys = new KeyConfiguration().hubKeys(folder, noSources, true);

        assertThat(Files.readAllBytes(folder.hubKeystore())).isEqualTo(keystore);
        assertThat(Files.readAllBytes(folder.dir().resolve("hub.crt"))).isEqualTo(certificate);
        assertThat(keys.hub().certificate()).isEqualTo(own.certificate());
    }

    @Test
    void aRegisteredSourceCertificateIsNotReplacedByADemoOne() throws Exception {
        KeyFolder folder = new KeyFolder(temp.resolve("keys"));
        KeyFolder.writePem(folder.sourceCertificate("jn-amr"), SourceCertificates.generate("jn-amr").certificate());
        byte[] registered = Files.readAllBytes(folder.sourceCertificate("jn-amr"));

        assertThat(KeyFolder.ensureDemoIdentity(folder.sourceKeystore("jn-amr"), folder.sourceCertificate("jn-amr"),
                DEMO, "jn-amr", "jn-amr")).isFalse();

        assertThat(Files.readAllBytes(folder.sourceCertificate("jn-amr"))).isEqualTo(registered);
        assertThat(folder.sourceKeystore("jn-amr")).doesNotExist();
        assertThatThrownBy(() -> KeyFiles.writeSecret(folder.sourceCertificate("jn-amr"), new byte[] {1}))
                .isInstanceOf(KeyMaterialException.class).hasMessageContaining("never written over");
        assertThat(Files.readAllBytes(folder.sourceCertificate("jn-amr"))).isEqualTo(registered);
    }

    @Test
    void keystoresAreOwnerOnlyInOwnerOnlyFolders() throws Exception {
        KeyFolder folder = new KeyFolder(temp.resolve("data").resolve("keys"));
        new KeyConfiguration().hubKeys(folder, noSources, true);

        assertThat(permissions(folder.hubKeystore())).isEqualTo("rw-------");
        assertThat(permissions(folder.provinceKeystore())).isEqualTo("rw-------");
        assertThat(permissions(folder.provinceCertificate())).isEqualTo("rw-r--r--");
        assertThat(permissions(folder.dir())).isEqualTo("rwx------");
        assertThat(permissions(temp.resolve("data"))).isEqualTo("rwx------");
    }

    private static String permissions(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
