package cn.jining.credithub.gateway.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.gateway.HubTestSupport;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An SFTP source whose server is unreachable does not stop the hub: its route runs and keeps polling, and it
 * streams files rather than caching them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SftpSourceWithoutServerTest extends HubTestSupport {

    @Autowired
    CamelContext camel;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
        int closedPort = freePort(); // nothing listens there
        String entry = registerBureau(registry, 0, "jn-sftp-down", "无服务器测试局", "sftp");
        registry.add(entry + "sftp.host", () -> "127.0.0.1");
        registry.add(entry + "sftp.port", () -> closedPort);
        registry.add(entry + "sftp.directory", () -> "inbox");
        registry.add(entry + "sftp.username", () -> "bureau");
        registry.add(entry + "sftp.private-key-path", () -> "/nonexistent/id_ed25519");
        registry.add(entry + "sftp.known-hosts-path", () -> "/nonexistent/known_hosts");
        registry.add(entry + "sftp.delay", () -> "200ms");
        registry.add(entry + "sftp.category", () -> "ADMIN_PENALTY");
        registry.add(entry + "sftp.id-column", () -> "id");
        // The HTTP check below is a signed request (docs/rest-api.md, Authentication): a REST source to sign it.
        signingSource(registry, 1);
    }

    @Test
    void theHubStartsAndAnswersWhileTheSourcesServerIsDown() {
        assertThat(camel.getRouteController().getRouteStatus("sftp-jn-sftp-down")).isEqualTo(ServiceStatus.Started);
        // Stream caching would hold a whole dropped file in memory (SftpCsvBench: out of a 160 MiB heap at 100 MiB).
        assertThat(camel.getRoute("sftp-jn-sftp-down").isStreamCaching()).isFalse();
        HttpResponse<String> response = post("application/json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(400);
    }
}
