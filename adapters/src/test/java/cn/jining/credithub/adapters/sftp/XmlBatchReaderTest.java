package cn.jining.credithub.adapters.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The XML reader on its own: the record shape, line numbers, charsets, and hostile or broken files. */
class XmlBatchReaderTest {

    private static final SftpFileSettings UTF8 = new SftpFileSettings("qufu", "ADMIN_PENALTY", null, "UTF-8", 2,
            ".done", ".failed", FileFormat.XML);

    @Test
    void recordsBecomeSubmissionsAndAMisshapenRecordIsRejectedWithItsLine() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <records xmlns="http://credithub.jining.cn/submission/v1">
                  <record recordId="X1">
                    <field name="subjectName">济宁示例企业1有限公司 &amp; 分公司</field>
                    <list name="penaltyKinds"><item>罚款</item><item>警告</item></list>
                  </record>
                  <record recordId="X2" category="ADMIN_LICENCE"><field name="a"><![CDATA[<b>]]></field></record>
                  <record recordId="X3"><field name="a">1</field><field name="a">2</field></record>
                  <record><field name="a">1</field></record>
                  <record recordId="X5"><other/></record>
                  <record recordId="X6"><field name="a">6</field></record>
                </records>
                """;
        FileTally tally = new FileTally("qufu", "f.xml");
        List<CsvChunk> chunks = JsonLinesBatchReaderTest.read(xml.getBytes(StandardCharsets.UTF_8), UTF8, tally);

        assertThat(chunks).flatExtracting(c -> c.submission().records()).extracting(r -> r.recordId() + "/" + r.category())
                .containsExactly("X1/ADMIN_PENALTY", "X2/ADMIN_LICENCE", "X6/ADMIN_PENALTY");
        assertThat(chunks.get(0).submission().records().get(0).data().toString()).isEqualTo(
                "{\"subjectName\":\"济宁示例企业1有限公司 & 分公司\",\"penaltyKinds\":[\"罚款\",\"警告\"]}");
        assertThat(chunks.get(0).submission().records().get(1).data().get("a").asText()).isEqualTo("<b>");
        assertThat(chunks.get(0).lines()).startsWith(3, 7);
        FileReceipt receipt = tally.receipt(Instant.EPOCH);
        assertThat(receipt.status()).isEqualTo(FileReceipt.Status.PROCESSED);
        assertThat(receipt.rejectedRows()).extracting(r -> r.line() + ":" + r.violations().get(0).message()).containsExactly(
                "8:line 8: the record names field 'a' more than once",
                "9:line 9: the record has no recordId attribute",
                "10:line 10: the record has a <other> element; a record holds <field> and <list> elements");
    }

    @Test
    void aDtdIsRefusedAndNoEntityIsEverResolved(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE records [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<records><record recordId=\"E1\"><field name=\"a\">&xxe;</field></record></records>";
        FileTally tally = new FileTally("qufu", "f.xml");
        assertThat(JsonLinesBatchReaderTest.read(xxe.getBytes(StandardCharsets.UTF_8), UTF8, tally)).isEmpty();
        FileReceipt receipt = tally.receipt(Instant.EPOCH);
        assertThat(receipt.status()).isEqualTo(FileReceipt.Status.FAILED);
        assertThat(receipt.error()).contains("DTD").doesNotContain("TOP-SECRET");

        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><records><record recordId=\"B\"><field name=\"a\">&c;</field></record></records>";
        FileTally bomb = new FileTally("qufu", "b.xml");
        assertThat(JsonLinesBatchReaderTest.read(laughs.getBytes(StandardCharsets.UTF_8), UTF8, bomb)).isEmpty();
        assertThat(bomb.receipt(Instant.EPOCH).error()).contains("DTD");
    }

    @Test
    void theDeclaredEncodingMustBeTheSourcesCharset() {
        String xml = "<?xml version=\"1.0\" encoding=\"GBK\"?>\n<records><record recordId=\"G1\"><field name=\"a\">济宁</field></record></records>";
        byte[] gbkBytes = xml.getBytes(Charset.forName("GBK"));
        SftpFileSettings gbk = new SftpFileSettings("qufu", "ADMIN_PENALTY", null, "GBK", 10, ".done", ".failed", FileFormat.XML);
        assertThat(JsonLinesBatchReaderTest.read(gbkBytes, gbk, new FileTally("qufu", "g.xml")).get(0).submission()
                .records().get(0).data().get("a").asText()).isEqualTo("济宁");

        FileTally declaredOtherwise = new FileTally("qufu", "g.xml");
        assertThat(JsonLinesBatchReaderTest.read(xml.replace("GBK", "UTF-8").getBytes(Charset.forName("GBK")), gbk,
                declaredOtherwise)).isEmpty();
        assertThat(declaredOtherwise.receipt(Instant.EPOCH).error())
                .isEqualTo("line 1: the file declares encoding 'UTF-8' but the source's charset is GBK; "
                        + "write the file in GBK or change the source's setting");

        FileTally notUtf8 = new FileTally("qufu", "g.xml");
        assertThat(JsonLinesBatchReaderTest.read(xml.replace("GBK", "UTF-8").getBytes(Charset.forName("GBK")), UTF8,
                notUtf8)).isEmpty();
        assertThat(notUtf8.receipt(Instant.EPOCH).error()).contains("is not valid UTF-8 text");
    }

    @Test
    void brokenXmlFailsTheFileAtItsLineAndKeepsTheRecordsBefore() {
        String xml = "<records>\n<record recordId=\"A\"><field name=\"a\">1</field></record>\n"
                + "<record recordId=\"B\"><field name=\"a\">2</field></record>\n<record recordId=\"C\"><field name=\"a\">3</fild></record>\n</records>";
        FileTally tally = new FileTally("qufu", "f.xml");
        List<CsvChunk> chunks = JsonLinesBatchReaderTest.read(xml.getBytes(StandardCharsets.UTF_8), UTF8, tally);
        assertThat(chunks).flatExtracting(c -> c.submission().records()).extracting(r -> r.recordId())
                .containsExactly("A", "B");
        assertThat(tally.failed()).isTrue();
        assertThat(tally.receipt(Instant.EPOCH).error()).startsWith("line 4, column").contains("is not well-formed XML");
    }
}
