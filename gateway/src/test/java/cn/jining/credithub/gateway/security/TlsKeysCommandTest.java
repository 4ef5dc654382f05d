package cn.jining.credithub.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code keys tls} writes the hub's HTTPS key store and certificate for the names given, and never over them. */
class TlsKeysCommandTest {

    private static final Map<String, String> PASSWORD = Map.of(KeysCli.PASSWORD_ENV, "tls-test-password");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @Test
    void writesAKeyStoreAndACertificateNamingTheHostsAndNeverOverwritesThem() throws Exception {
        KeyFolder folder = new KeyFolder(dir);
        assertThat(run(folder, "hub.jining.example, 10.0.0.8", PASSWORD)).isEqualTo(KeysCli.OK);
        X509Certificate certificate = KeyFolder.loadCertificate(TlsKeys.certificate(folder));
        assertThat(certificate.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))).toList())
                .containsExactly("hub.jining.example", "10.0.0.8");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("tls.p12").contains("tls.crt");
        byte[] keystore = Files.readAllBytes(TlsKeys.keystore(folder));

        assertThatThrownBy(() -> run(folder, null, PASSWORD)).isInstanceOf(KeyMaterialException.class)
                .hasMessageContaining("never written over");
        assertThat(Files.readAllBytes(TlsKeys.keystore(folder))).isEqualTo(keystore);
        assertThat(run(new KeyFolder(dir.resolve("other")), null, Map.of())).isEqualTo(KeysCli.ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(KeysCli.PASSWORD_ENV);
    }

    private int run(KeyFolder folder, String hosts, Map<String, String> env) throws Exception {
        return TlsKeysCommand.run(folder, hosts, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
