package cn.jining.credithub.gateway.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.gateway.HubTestSupport;
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
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
        int closedPort = freePort(); // nothing listens there
        String entry = registerBureau(registry, 0, "jn-db-down", "无数据库测试局", "jdbc");
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
