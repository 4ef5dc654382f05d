package cn.jining.credithub.gateway.sftp;

import static cn.jining.credithub.gateway.sftp.SftpTestServer.drop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.gateway.HubTestSupport;
import cn.jining.credithub.repository.CreditRecordStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two sources drop CSV files on a real SFTP server, one in UTF-8 and one in GBK, registered through
 * properties alone: the rows reach the repository with their Chinese text intact, a broken row is answered by
 * its line number in the receipt while the rest is kept, the file ends in done, and the same file dropped
 * again is not processed again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SftpSourceEndToEndTest extends HubTestSupport {

    private static final String PASSWORD_ENV = "CREDITHUB_TEST_SFTP_PASSWORD";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static SftpTestServer server;

    @Autowired
    CreditRecordStore store;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        hubProperties(registry);
        server = SftpTestServer.startFor(registry, PASSWORD_ENV, "utf8", "gbk");
        source(registry, 0, "jn-sftp-utf8", "utf8", "UTF-8");
        source(registry, 1, "jn-sftp-gbk", "gbk", "GBK");
    }

    /** A CSV source whose kinds arrive as one text column; every other column carries its canonical name. */
    private static void source(DynamicPropertyRegistry registry, int i, String id, String directory, String charset) {
        String entry = server.registerSource(registry, i, id, directory, charset);
        String penalty = entry + "mapping[ADMIN_PENALTY].";
        registry.add(penalty + "pass-through", () -> "true");
        registry.add(penalty + "rules[0].from", () -> "处罚类别");
        registry.add(penalty + "rules[0].to", () -> "penaltyKinds");
        registry.add(penalty + "rules[0].convert", () -> "split:;；");
        registry.add(entry + "sftp.id-column", () -> "记录编号");
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @Test
    void aUtf8FileIsAnsweredRowByRowMovedToDoneAndNotProcessedTwice() throws IOException {
        List<ObjectNode> rows = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            rows.add(SampleRecords.penalty(7100 + n));
        }
        rows.get(2).remove("decisionNumber"); // the row on line 4 (header on line 1)
        Path inbox = server.root().resolve("utf8");
        drop(inbox, "penalties-2026-11.csv", csv("U-", rows).getBytes(StandardCharsets.UTF_8));

        Path receiptFile = inbox.resolve(".done/penalties-2026-11.csv.receipt.json");
        await().atMost(PATIENCE).until(() -> Files.exists(inbox.resolve(".done/penalties-2026-11.csv")));
        JsonNode receipt = ContractsJson.mapper().readTree(receiptFile.toFile());
        assertThat(receipt.get("status").asText()).isEqualTo("PROCESSED");
        assertThat(receipt.get("rows").asInt()).isEqualTo(5);
        assertThat(receipt.get("accepted").asInt()).isEqualTo(4);
        assertThat(receipt.get("rejected").asInt()).isEqualTo(1);
        assertThat(texts(receipt.get("batches"))).containsExactly("penalties-2026-11.csv#1", "penalties-2026-11.csv#2",
                "penalties-2026-11.csv#3");
        JsonNode rejected = receipt.at("/rejectedRows/0");
        assertThat(rejected.get("line").asInt()).isEqualTo(4);
        assertThat(rejected.get("recordId").asText()).isEqualTo("U-2");
        assertThat(rejected.at("/violations/0/field").asText()).isEqualTo("decisionNumber");
        assertThat(rejected.at("/violations/0/rule").asText()).isEqualTo("REQUIRED");
        assertThat(Files.exists(inbox.resolve("penalties-2026-11.csv"))).isFalse();

        await().atMost(PATIENCE).until(() -> store.find("ADMIN_PENALTY", "jn-sftp-utf8", "U-4").isPresent());
        for (String id : List.of("U-0", "U-1", "U-3", "U-4")) {
            JsonNode payload = ContractsJson.mapper().readTree(
                    store.find("ADMIN_PENALTY", "jn-sftp-utf8", id).orElseThrow().payload());
            int n = 7100 + Integer.parseInt(id.substring(2));
            assertThat(payload.get("subjectName").asText()).isEqualTo("济宁示例企业" + n + "有限公司");
            assertThat(payload.get("penaltyKinds").get(0).asText()).isEqualTo("罚款");
        }
        assertThat(store.find("ADMIN_PENALTY", "jn-sftp-utf8", "U-2")).isEmpty();

        // The same file (name, size, modification time) dropped again is answered, not processed.
        Path again = inbox.resolve("penalties-2026-11.csv.part");
        Files.copy(inbox.resolve(".done/penalties-2026-11.csv"), again, StandardCopyOption.COPY_ATTRIBUTES);
        Files.move(again, inbox.resolve("penalties-2026-11.csv"), StandardCopyOption.ATOMIC_MOVE);
        Path duplicateReceipt = inbox.resolve(".failed/penalties-2026-11.csv.receipt.json");
        await().atMost(PATIENCE).until(() -> Files.exists(inbox.resolve(".failed/penalties-2026-11.csv")));
        JsonNode duplicate = ContractsJson.mapper().readTree(duplicateReceipt.toFile());
        assertThat(duplicate.get("status").asText()).isEqualTo("DUPLICATE");
        assertThat(duplicate.get("rows").asInt()).isZero();
        assertThat(ContractsJson.mapper().readTree(receiptFile.toFile())).isEqualTo(receipt);

        // A corrected file under the same name is new work: processed, answered, and it replaces the old one in done.
        rows.get(2).put("decisionNumber", "济市监处罚〔2026〕7102号");
        drop(inbox, "penalties-2026-11.csv", csv("U-", rows).getBytes(StandardCharsets.UTF_8));
        await().atMost(PATIENCE).until(() -> store.find("ADMIN_PENALTY", "jn-sftp-utf8", "U-2").isPresent());
        // Exceptions ignored: the receipt may be caught half rewritten.
        await().atMost(PATIENCE).ignoreExceptions().until(() -> !Files.exists(inbox.resolve("penalties-2026-11.csv"))
                && ContractsJson.mapper().readTree(receiptFile.toFile()).get("accepted").asInt() == 5);
        assertThat(Files.readString(inbox.resolve(".done/penalties-2026-11.csv"))).contains("〔2026〕7102号");
    }

    @Test
    void aGbkFileKeepsItsChineseText() throws IOException {
        List<ObjectNode> rows = List.of(SampleRecords.penalty(7200), SampleRecords.penalty(7201));
        rows.get(1).put("subjectName", "曲阜市孔府家酿酒业有限公司");
        Path inbox = server.root().resolve("gbk");
        drop(inbox, "处罚信息.csv", csv("G-", rows).getBytes(Charset.forName("GBK")));

        await().atMost(PATIENCE).until(() -> store.find("ADMIN_PENALTY", "jn-sftp-gbk", "G-1").isPresent());
        JsonNode stored = ContractsJson.mapper().readTree(store.find("ADMIN_PENALTY", "jn-sftp-gbk", "G-1").orElseThrow().payload());
        assertThat(stored.get("subjectName").asText()).isEqualTo("曲阜市孔府家酿酒业有限公司");
        assertThat(stored.get("violationFacts").asText()).isEqualTo(rows.get(1).get("violationFacts").asText());
        assertThat(store.find("ADMIN_PENALTY", "jn-sftp-gbk", "G-0")).isPresent();
        await().atMost(PATIENCE).until(() -> Files.exists(inbox.resolve(".done/处罚信息.csv.receipt.json")));
        assertThat(ContractsJson.mapper().readTree(inbox.resolve(".done/处罚信息.csv.receipt.json").toFile())
                .get("accepted").asInt()).isEqualTo(2);
    }

    @Test
    void csvRowsNoDestinationCanStoreAreRejectedWithTheirRule() throws IOException {
        List<ObjectNode> rows = List.of(SampleRecords.penalty(7210), SampleRecords.penalty(7211),
                SampleRecords.penalty(7212), SampleRecords.penalty(7213));
        rows.get(2).put("subjectName", rows.get(2).get("subjectName").asText() + "\u0007");
        // A UTF-8 file cannot hold a lone surrogate (the strict decoder fails the file); NUL and U+FFFF it can.
        String csv = csv("F-", rows).replace("\r\nF-0,", "\r\nF-\u00000,").replace("\r\nF-1,", "\r\nF-\uFFFF1,");
        Path inbox = server.root().resolve("utf8");
        drop(inbox, "forbidden.csv", csv.getBytes(StandardCharsets.UTF_8));

        await().atMost(PATIENCE).until(() -> Files.exists(inbox.resolve(".done/forbidden.csv")));
        JsonNode receipt = await().atMost(PATIENCE).ignoreExceptions().until(() -> ContractsJson.mapper()
                .readTree(inbox.resolve(".done/forbidden.csv.receipt.json").toFile()), r -> r != null && r.has("status"));
        assertThat(receipt.get("accepted").asInt()).isEqualTo(1);
        assertThat(receipt.get("rejectedRows")).extracting(r -> r.get("recordId").asText(),
                        r -> r.at("/violations/0/rule").asText(), r -> r.at("/violations/0/field").asText())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("F-\\u00000", "FORBIDDEN_CHARACTER", "recordId"),
                        org.assertj.core.groups.Tuple.tuple("F-\\uFFFF1", "FORBIDDEN_CHARACTER", "recordId"),
                        org.assertj.core.groups.Tuple.tuple("F-2", "FORBIDDEN_CHARACTER", "subjectName"));
        await().atMost(PATIENCE).until(() -> store.find("ADMIN_PENALTY", "jn-sftp-utf8", "F-3").isPresent());
    }

    /** The records as a bureau's export: a header row, the id column first, the kinds as one text. */
    private static String csv(String idPrefix, List<ObjectNode> rows) {
        List<String> columns = new ArrayList<>();
        rows.get(0).fieldNames().forEachRemaining(columns::add);
        StringBuilder out = new StringBuilder("记录编号");
        columns.forEach(c -> out.append(',').append("penaltyKinds".equals(c) ? "处罚类别" : c));
        out.append("\r\n");
        for (int i = 0; i < rows.size(); i++) {
            out.append(idPrefix).append(i);
            for (String column : columns) {
                JsonNode value = rows.get(i).get(column);
                String text = value == null ? "" : value.isArray() ? String.join("；", texts(value)) : value.asText();
                out.append(",\"").append(text.replace("\"", "\"\"")).append('"');
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
