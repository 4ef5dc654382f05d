package cn.jining.credithub.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.seal.CertificateRef;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.gateway.cli.args.CommandRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys command writes demo and bureau key material, reads it back, and takes passwords only from the environment. */
class KeysCliTest {

    private static final Map<String, String> PASSWORD = Map.of(KeysCli.PASSWORD_ENV, "test-only-password");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @Test
    void demoWritesTheFolderTheHubLoads() {
        assertThat(run(Map.of(), "demo", "--dir", dir.toString(), "--sources", "jn-amr,qufu")).isZero();
        KeyFolder folder = new KeyFolder(dir);
        char[] demo = KeyConfiguration.DEMO_PASSWORD.toCharArray();
        assertThat(KeyFolder.loadIdentity(folder.hubKeystore(), demo, KeyFolder.HUB_ALIAS).certificate()
                .getSubjectX500Principal().getName()).contains("CN=credit-hub").contains("O=DEMO");
        assertThat(folder.provinceCertificate()).exists();
        SealingIdentity qufu = KeyFolder.loadIdentity(folder.sourceKeystore("qufu"), demo, "qufu");
        assertThat(KeyFolder.loadCertificate(folder.sourceCertificate("qufu"))).isEqualTo(qufu.certificate());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("DEMO");
    }

    @Test
    void demoWithoutSourcesMakesKeysForThePushSourcesOfTheBundledRegistry() {
        assertThat(KeysCli.pushSourcesOfTheBundledRegistry()).contains("jn-amr", "qufu").doesNotContain("qufu-files");
        assertThat(run(Map.of(), "demo", "--dir", dir.toString())).isZero();
        assertThat(new KeyFolder(dir).sourceKeystore("jn-tax")).exists();
    }

    @Test
    void newSourceWritesAKeystoreAndTheCertificateToRegisterAndInspectReadsBoth() {
        assertThat(run(PASSWORD, "new-source", "jn-housing", "--dir", dir.toString())).isZero();
        KeyFolder folder = new KeyFolder(dir);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(folder.sourceCertificate("jn-housing").toAbsolutePath()
                .toString()).contains("register");
        SealingIdentity identity = KeyFolder.loadIdentity(folder.sourceKeystore("jn-housing"),
                PASSWORD.get(KeysCli.PASSWORD_ENV).toCharArray(), "jn-housing");
        String sm3 = CertificateRef.of(identity.certificate()).sm3();

        out.reset();
        assertThat(run(PASSWORD, "inspect", folder.sourceKeystore("jn-housing").toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("alias: jn-housing (private key entry)")
                .contains("CN=jn-housing").contains("sm2p256v1 (SM2)").contains("SM3WITHSM2").contains(sm3)
                .contains("serial: " + identity.certificate().getSerialNumber().toString(16));

        out.reset();
        assertThat(run(Map.of(), "inspect", folder.sourceCertificate("jn-housing").toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("CN=jn-housing").contains(sm3).contains("valid to: ");
    }

    @Test
    void aSecondNewSourceDoesNotOverwriteTheFirst() throws Exception {
        assertThat(run(PASSWORD, "new-source", "jn-housing", "--dir", dir.toString())).isZero();
        byte[] first = Files.readAllBytes(new KeyFolder(dir).sourceKeystore("jn-housing"));
        assertThat(run(PASSWORD, "new-source", "jn-housing", "--dir", dir.toString())).isEqualTo(KeysCli.ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not overwritten");
        assertThat(Files.readAllBytes(new KeyFolder(dir).sourceKeystore("jn-housing"))).isEqualTo(first);
    }

    @Test
    void passwordsComeOnlyFromTheEnvironment() {
        assertThat(run(Map.of(), "new-source", "jn-housing", "--dir", dir.toString())).isEqualTo(KeysCli.ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(KeysCli.PASSWORD_ENV);
        assertThat(new KeyFolder(dir).sourceKeystore("jn-housing")).doesNotExist();
    }

    @Test
    void aWrongPasswordOrAnOddSourceIdIsAClearError() {
        assertThat(run(PASSWORD, "new-source", "jn-housing", "--dir", dir.toString())).isZero();
        assertThat(run(Map.of(KeysCli.PASSWORD_ENV, "wrong"), "inspect",
                new KeyFolder(dir).sourceKeystore("jn-housing").toString())).isEqualTo(KeysCli.ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("keys: ").doesNotContain("\tat ");
        assertThat(run(PASSWORD, "new-source", "../escape", "--dir", dir.toString())).isEqualTo(KeysCli.ERROR);
        assertThat(run(PASSWORD, "frobnicate")).isEqualTo(CommandRunner.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: keys");
    }

    private int run(Map<String, String> env, String... args) {
        return KeysCli.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
