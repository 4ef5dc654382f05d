package cn.jining.credithub.gateway.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.gateway.HubTestSupport;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A bureau database that is down is no reason for the hub not to start: its polls fail and are retried. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JdbcSourceWithoutDatabaseTest extends HubTestSupport {

    @Autowired
    CamelContext camel;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        hubProperties(registry);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort(); // free once closed: nothing listens there
        }
        String entry = "credithub.sources[0].";
        registry.add(entry + "id", () -> "jn-db-down");
        registry.add(entry + "name", () -> "无数据库测试局");
        registry.add(entry + "kind", () -> "bureau");
        registry.add(entry + "region", () -> "370800");
        registry.add(entry + "channel", () -> "jdbc");
        registry.add(entry + "categories[0]", () -> "ADMIN_PENALTY");
        registry.add(entry + "jdbc.url", () -> "jdbc:postgresql://127.0.0.1:" + closedPort + "/cases");
        registry.add(entry + "jdbc.username", () -> "credithub");
        registry.add(entry + "jdbc.password-env", () -> "CREDITHUB_TEST_JDBC_DOWN_PASSWORD");
        registry.add("CREDITHUB_TEST_JDBC_DOWN_PASSWORD", () -> "unused");
        registry.add(entry + "jdbc.table", () -> "credit_staging");
        registry.add(entry + "jdbc.id-column", () -> "record_id");
        registry.add(entry + "jdbc.category", () -> "ADMIN_PENALTY");
        registry.add(entry + "jdbc.delay", () -> "200ms");
        // The HTTP check below is a signed request (docs/rest-api.md, Authentication): a REST source to sign it.
        signingSource(registry, 1);
    }

    @Test
    void theHubStartsAndAnswersWhileTheBureausDatabaseIsDown() {
        NotifyBuilder twoFailedPolls = new NotifyBuilder(camel).fromRoute("jdbc-jn-db-down").whenFailed(2).create();
        assertThat(camel.getRouteController().getRouteStatus("jdbc-jn-db-down")).isEqualTo(ServiceStatus.Started);
        assertThat(twoFailedPolls.matches(20, TimeUnit.SECONDS)).isTrue();
        assertThat(camel.getRouteController().getRouteStatus("jdbc-jn-db-down")).isEqualTo(ServiceStatus.Started);
        HttpResponse<String> response = post("application/json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(400);
    }
}
