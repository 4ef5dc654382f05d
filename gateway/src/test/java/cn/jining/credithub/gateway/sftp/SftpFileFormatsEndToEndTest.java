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
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The SFTP channel's other formats on a real SFTP server, each source a registry entry with its
 * {@code sftp.format}: a JSON-lines file in GB18030 and an XML file reach the repository with a bad line or
 * record answered in the receipt, and a hostile XML file (an external entity) fails with nothing of it read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SftpFileFormatsEndToEndTest extends HubTestSupport {

    private static final String PASSWORD_ENV = "CREDITHUB_TEST_SFTP_FORMATS_PASSWORD";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static SftpTestServer server;

    @Autowired
    CreditRecordStore store;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        hubProperties(registry);
        server = SftpTestServer.startFor(registry, PASSWORD_ENV, "jsonl", "xml");
        source(registry, 0, "jn-jsonl", "jsonl", "jsonl", "GB18030");
        source(registry, 1, "jn-xml", "xml", "xml", "UTF-8");
    }

    /** An SFTP source of the given format (no idColumn: records carry their ids). */
    private static void source(DynamicPropertyRegistry registry, int i, String id, String directory, String format,
                               String charset) {
        String entry = server.registerSource(registry, i, id, directory, charset);
        registry.add(entry + "sftp.format", () -> format);
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @Test
    void aJsonLinesFileInGb18030IsAnsweredLineByLine() throws IOException {
        ObjectNode renamed = SampleRecords.penalty(7501);
        renamed.put("subjectName", "曲阜市孔府家酿酒业有限公司");
        ObjectNode missing = SampleRecords.penalty(7502);
        missing.remove("decisionNumber");
        String jsonl = line("JL-0", SampleRecords.penalty(7500)) + line("JL-1", renamed) + "{\"recordId\":\"JL-x\",\n"
                + line("JL-2", missing);
        Path inbox = server.root().resolve("jsonl");
        drop(inbox, "penalties.jsonl", jsonl.getBytes(Charset.forName("GB18030")));

        JsonNode receipt = receipt(inbox.resolve(".done/penalties.jsonl.receipt.json"), inbox.resolve(".done/penalties.jsonl"));
        assertThat(receipt.get("status").asText()).isEqualTo("PROCESSED");
        assertThat(receipt.get("rows").asInt()).isEqualTo(4);
        assertThat(receipt.get("accepted").asInt()).isEqualTo(2);
        assertThat(receipt.at("/rejectedRows/0/line").asInt()).isEqualTo(3);
        assertThat(receipt.at("/rejectedRows/0/violations/0/rule").asText()).isEqualTo("JSONL_SYNTAX");
        assertThat(receipt.at("/rejectedRows/1/line").asInt()).isEqualTo(4);
        assertThat(receipt.at("/rejectedRows/1/recordId").asText()).isEqualTo("JL-2");
        assertThat(receipt.at("/rejectedRows/1/violations/0/field").asText()).isEqualTo("decisionNumber");

        await().atMost(PATIENCE).until(() -> store.find("ADMIN_PENALTY", "jn-jsonl", "JL-1").isPresent());
        JsonNode stored = ContractsJson.mapper().readTree(store.find("ADMIN_PENALTY", "jn-jsonl", "JL-1").orElseThrow().payload());
        assertThat(stored.get("subjectName").asText()).isEqualTo("曲阜市孔府家酿酒业有限公司");
        assertThat(store.find("ADMIN_PENALTY", "jn-jsonl", "JL-0")).isPresent();
        assertThat(store.find("ADMIN_PENALTY", "jn-jsonl", "JL-2")).isEmpty();
    }

    @Test
    void anXmlFileIsAnsweredRecordByRecord() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<records xmlns=\"http://credithub.jining.cn/submission/v1\">\n"
                + record("XR-0", SampleRecords.penalty(7600)) + "  <record category=\"ADMIN_PENALTY\"/>\n"
                + record("XR-1", SampleRecords.penalty(7601)) + "</records>\n";
        Path inbox = server.root().resolve("xml");
        drop(inbox, "penalties.xml", xml.getBytes(StandardCharsets.UTF_8));

        JsonNode receipt = receipt(inbox.resolve(".done/penalties.xml.receipt.json"), inbox.resolve(".done/penalties.xml"));
        assertThat(receipt.get("status").asText()).isEqualTo("PROCESSED");
        assertThat(receipt.get("accepted").asInt()).isEqualTo(2);
        // Declaration, root, then the three lines of XR-0: the record without an id starts on line 6.
        assertThat(receipt.at("/rejectedRows/0/line").asInt()).isEqualTo(6);
        assertThat(receipt.at("/rejectedRows/0/violations/0/rule").asText()).isEqualTo("XML_RECORD");
        await().atMost(PATIENCE).until(() -> store.find("ADMIN_PENALTY", "jn-xml", "XR-1").isPresent());
        JsonNode stored = ContractsJson.mapper().readTree(store.find("ADMIN_PENALTY", "jn-xml", "XR-0").orElseThrow().payload());
        assertThat(stored.get("penaltyKinds").get(0).asText()).isEqualTo("罚款");
    }

    @Test
    void anXmlFileWithAnExternalEntityFailsAndNothingOfItIsRead() throws IOException {
        Path secret = Files.writeString(Files.createTempFile("credithub-secret", ".txt"), "SECRET-" + UUID.randomUUID());
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE records [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<records><record recordId=\"XXE-1\"><field name=\"subjectName\">&xxe;</field></record></records>\n";
        Path inbox = server.root().resolve("xml");
        drop(inbox, "hostile.xml", xxe.getBytes(StandardCharsets.UTF_8));

        JsonNode receipt = receipt(inbox.resolve(".failed/hostile.xml.receipt.json"), inbox.resolve(".failed/hostile.xml"));
        assertThat(receipt.get("status").asText()).isEqualTo("FAILED");
        assertThat(receipt.get("rows").asInt()).isZero();
        assertThat(receipt.get("error").asText()).isEqualTo("line 2: the file has a DTD (<!DOCTYPE>); "
                + "DTDs and entity declarations are not accepted");
        assertThat(receipt.toString()).doesNotContain(Files.readString(secret));
        assertThat(store.find("ADMIN_PENALTY", "jn-xml", "XXE-1")).isEmpty();
    }

    @Test
    void jsonLinesIdsNoDestinationCanStoreAndRepeatedKeysAreRejectedPerLine() throws IOException {
        String good = line("JF-ok", SampleRecords.penalty(7510));
        String jsonl = good.replace("JF-ok", "JF-\\u0000") + good.replace("JF-ok", "JF-\\ud800")
                + good.replace("JF-ok", "JF-\\ufdd0") + good.replace("\"recordId\"", "\"recordId\":\"JF-dup\",\"recordId\"")
                + good.replace("\"subjectName\":\"", "\"subjectName\":\"\\u0007") + good;
        Path inbox = server.root().resolve("jsonl");
        drop(inbox, "forbidden.jsonl", jsonl.getBytes(Charset.forName("GB18030")));

        JsonNode receipt = receipt(inbox.resolve(".done/forbidden.jsonl.receipt.json"), inbox.resolve(".done/forbidden.jsonl"));
        assertThat(receipt.get("accepted").asInt()).isEqualTo(1);
        assertThat(receipt.get("rejectedRows")).extracting(row -> row.at("/violations/0/rule").asText()).containsExactly(
                "FORBIDDEN_CHARACTER", "FORBIDDEN_CHARACTER", "FORBIDDEN_CHARACTER", "JSONL_SYNTAX", "FORBIDDEN_CHARACTER");
        assertThat(receipt.at("/rejectedRows/0/recordId").asText()).isEqualTo("JF-\\u0000");
        assertThat(receipt.at("/rejectedRows/1/recordId").asText()).isEqualTo("JF-\\uD800");
        assertThat(receipt.at("/rejectedRows/3/violations/0/message").asText()).contains("recordId");
        assertThat(receipt.at("/rejectedRows/4/violations/0/field").asText()).isEqualTo("subjectName");
        await().atMost(PATIENCE).until(() -> store.find("ADMIN_PENALTY", "jn-jsonl", "JF-ok").isPresent());
    }

    @Test
    void anXmlRecordIdWithANonCharacterIsRejectedWithItsRule() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<records xmlns=\"http://credithub.jining.cn/submission/v1\">\n"
                + record("XF-&#xFDD0;", SampleRecords.penalty(7610)) + record("XF-1", SampleRecords.penalty(7611)) + "</records>\n";
        Path inbox = server.root().resolve("xml");
        drop(inbox, "forbidden.xml", xml.getBytes(StandardCharsets.UTF_8));

        JsonNode receipt = receipt(inbox.resolve(".done/forbidden.xml.receipt.json"), inbox.resolve(".done/forbidden.xml"));
        assertThat(receipt.get("accepted").asInt()).isEqualTo(1);
        assertThat(receipt.at("/rejectedRows/0/recordId").asText()).isEqualTo("XF-\\uFDD0");
        assertThat(receipt.at("/rejectedRows/0/violations/0/rule").asText()).isEqualTo("FORBIDDEN_CHARACTER");
    }

    /** The receipt once the file has moved beside it (exceptions ignored: it may be caught half written). */
    private static JsonNode receipt(Path receipt, Path movedFile) {
        await().atMost(PATIENCE).until(() -> Files.exists(movedFile));
        return ContractsJson.mapper().valueToTree(await().atMost(PATIENCE).ignoreExceptions()
                .until(() -> ContractsJson.mapper().readTree(receipt.toFile()), r -> r != null && r.has("status")));
    }

    private static String line(String recordId, ObjectNode data) {
        ObjectNode record = ContractsJson.mapper().createObjectNode();
        record.put("recordId", recordId);
        record.set("data", data);
        return record + "\n";
    }

    /** A record in the SOAP channel's shape: text as {@code field}, arrays as {@code list}. */
    private static String record(String recordId, ObjectNode data) {
        StringBuilder out = new StringBuilder("  <record recordId=\"" + recordId + "\">\n");
        for (Map.Entry<String, JsonNode> e : data.properties()) {
            if (e.getValue().isArray()) {
                out.append("    <list name=\"").append(e.getKey()).append("\">");
                e.getValue().forEach(item -> out.append("<item>").append(escape(item.asText())).append("</item>"));
                out.append("</list>");
            } else {
                out.append("    <field name=\"").append(e.getKey()).append("\">").append(escape(e.getValue().asText()))
                        .append("</field>");
            }
        }
        return out.append("\n  </record>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
