package cn.jining.credithub.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.gateway.CreditHubApplication;
import cn.jining.credithub.gateway.HubTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * HTTPS with the key store of {@code keys tls}: switched on off loopback (or when asked), left off on loopback or
 * without a key store; and a hub started with it answers over TLS only, with the certificate clients are given.
 */
class HubTlsTest {

    private static final String PASSWORD = "tls-" + System.nanoTime();

    @TempDir
    Path data;

    @Test
    void httpsIsOnOffLoopbackWhenTheKeyStoreExists() throws Exception {
        KeyFolder folder = new KeyFolder(data.resolve("keys"));
        assertThat(ssl(Map.of("server.address", "0.0.0.0", "credithub.keys.dir", folder.dir().toString()))).isNull();
        TlsKeys.generate(folder, PASSWORD.toCharArray(), List.of("hub.jining.example", "10.0.0.8"));

        assertThat(ssl(Map.of("server.address", "0.0.0.0", "credithub.keys.dir", folder.dir().toString())))
                .isEqualTo("true");
        assertThat(ssl(Map.of("server.address", "127.0.0.1", "credithub.keys.dir", folder.dir().toString()))).isNull();
        assertThat(ssl(Map.of("server.address", "127.0.0.1", "credithub.tls.enabled", "true",
                "credithub.keys.dir", folder.dir().toString()))).isEqualTo("true");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(TlsKeys.keystore(folder))))
                .isEqualTo("rw-------");
    }

    @Test
    void aHubWithTheKeyStoreAnswersOverTlsOnly() throws Exception {
        KeyFolder folder = new KeyFolder(data.resolve("keys"));
        TlsKeys.generate(folder, PASSWORD.toCharArray(), List.of("localhost", "127.0.0.1"));
        int port = HubTestSupport.freePort();
        String vm = "vm://" + (900 + port % 100);
        try (ConfigurableApplicationContext hub = new SpringApplicationBuilder(CreditHubApplication.class).run(
                "--server.port=" + port, "--credithub.data-dir=" + data, "--credithub.broker.acceptors=" + vm,
                "--credithub.broker.url=" + vm, "--credithub.province.simulator.port=0",
                "--credithub.province.simulator.control-port=0", "--credithub.demo.enabled=false",
                "--credithub.tls.enabled=true", "--credithub.tls.password=" + PASSWORD)) {
            HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(TlsKeys.certificate(folder))).build();
            HttpResponse<String> health = trusting.send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("UP");
            int plain;
            try {
                plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (IOException refused) {
                plain = -1;
            }
            assertThat(plain).as("plain HTTP to the TLS port").isNotEqualTo(200);
        }
    }

    private static String ssl(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", new HashMap<>(settings)));
        new HubTls(new DeferredLogs()).postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("server.ssl.enabled");
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trust.setCertificateEntry("hub", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
