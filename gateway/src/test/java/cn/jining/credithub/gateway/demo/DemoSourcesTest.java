package cn.jining.credithub.gateway.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.gateway.HubTestSupport;
import cn.jining.credithub.repository.CreditRecordStore;
import cn.jining.credithub.routes.source.SourceRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo as a fresh machine starts it, on its own (relative) demo folder and free ports: the SFTP server's seeded GBK
 * export of 兖州区 is answered with a receipt in its done folder, and 济宁海关's seeded staging rows get their
 * outcomes written back, both through the hub's real SFTP (key login, known host) and DB polling channels.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoSourcesTest extends HubTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int SFTP_PORT = freePort();
    private static final String DEMO_DIR = "./target/demo-" + UUID.randomUUID();

    @Autowired
    DemoProperties demo;
    @Autowired
    SourceRegistry registry;
    @Autowired
    CreditRecordStore store;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
        registry.add("credithub.demo.enabled", () -> true);
        registry.add("credithub.demo.sftp-port", () -> SFTP_PORT);
        // Relative, as the README's run leaves it (./data/demo): every demo path must cope with that.
        registry.add("credithub.demo.dir", () -> DEMO_DIR);
        registry.add("credithub.demo.poll-delay", () -> "300ms");
    }

    @Test
    void theSeededExportIsAnsweredWithAReceiptInTheDoneFolder() throws IOException {
        Path inbox = Path.of(demo.dir(), "sftp", "penalties");
        Path receiptFile = inbox.resolve(".done/" + DemoSftpServer.SAMPLE_FILE_NAME + ".receipt.json");

        await().atMost(PATIENCE).until(() -> Files.exists(inbox.resolve(".done/" + DemoSftpServer.SAMPLE_FILE_NAME)));
        JsonNode receipt = ContractsJson.mapper().readTree(receiptFile.toFile());
        assertThat(receipt.get("status").asText()).isEqualTo("PROCESSED");
        assertThat(receipt.get("rows").asInt()).isEqualTo(3);
        assertThat(receipt.get("accepted").asInt()).isEqualTo(2);
        JsonNode rejected = receipt.at("/rejectedRows/0");
        assertThat(rejected.get("recordId").asText()).isEqualTo("YZ-2026-0103");
        assertThat(rejected.get("line").asInt()).isEqualTo(4);
        assertThat(rejected.at("/violations/0/field").asText()).isEqualTo("uscc");
        assertThat(rejected.at("/violations/0/rule").asText()).isEqualTo("USCC_CHECKSUM");

        // Written in GBK, read as the entry's charset: the Chinese text arrives intact.
        await().atMost(PATIENCE).until(() -> store.find("ADMIN_PENALTY", "yanzhou-files", "YZ-2026-0102").isPresent());
        JsonNode stored = ContractsJson.mapper().readTree(
                store.find("ADMIN_PENALTY", "yanzhou-files", "YZ-2026-0101").orElseThrow().payload());
        assertThat(stored.get("subjectName").asText()).isEqualTo("济宁市兖州区示例商贸有限公司");
        assertThat(stored.get("penaltyKinds")).extracting(JsonNode::asText).containsExactly("警告", "罚款");
    }

    @Test
    void theSeededStagingRowsGetTheirOutcomesWrittenBack() throws Exception {
        String url = registry.find("jn-customs-db").orElseThrow().jdbc().url();

        await().atMost(PATIENCE).until(() -> statuses(url).values().stream().noneMatch(s -> s[0] == null
                || "NEW".equals(s[0])));
        Map<String, String[]> answered = statuses(url);
        assertThat(answered.get("JNHG-2026-0201")).containsExactly("ACCEPTED", null);
        assertThat(answered.get("JNHG-2026-0202")).containsExactly("ACCEPTED", null);
        assertThat(answered.get("JNHG-2026-0203")).containsExactly("REJECTED", "REQUIRED:decisionNumber");
        await().atMost(PATIENCE).until(() -> store.find("ADMIN_PENALTY", "jn-customs-db", "JNHG-2026-0202").isPresent());
        assertThat(store.find("ADMIN_PENALTY", "jn-customs-db", "JNHG-2026-0203")).isEmpty();

        // A later start finds the table and seeds nothing again: the answered rows stay answered.
        DemoStagingDatabase.prepare(registry.find("jn-customs-db").orElseThrow());
        assertThat(statuses(url).get("JNHG-2026-0203")).containsExactly("REJECTED", "REQUIRED:decisionNumber");
        assertThat(statuses(url)).hasSize(3);
    }

    @Test
    void theSftpServerLetsInOnlyTheHubsKeyOnLoopback() throws IOException {
        assertThat(registry.find("yanzhou-files").orElseThrow().sftp().port()).isEqualTo(SFTP_PORT);
        List<String> knownHosts = Files.readAllLines(Path.of(demo.dir(), "ssh", "known_hosts"));
        assertThat(knownHosts).isNotEmpty().allMatch(line -> line.startsWith("[127.0.0.1]:" + SFTP_PORT + " ecdsa-"));

        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.start();
            try (ClientSession session = client.connect("credithub", "127.0.0.1", SFTP_PORT)
                    .verify(Duration.ofSeconds(10)).getSession()) {
                session.addPasswordIdentity("credithub");
                assertThatThrownBy(() -> session.auth().verify(Duration.ofSeconds(10)))
                        .hasMessageContaining("No more authentication methods available");
            }
        }
    }

    /** record id to {status, reason}. */
    private static Map<String, String[]> statuses(String url) throws SQLException {
        Map<String, String[]> rows = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement select = connection.createStatement();
             ResultSet result = select.executeQuery("SELECT record_id, status, reason FROM credit_staging")) {
            while (result.next()) {
                rows.put(result.getString(1), new String[] {result.getString(2), result.getString(3)});
            }
        }
        return rows;
    }

}
