package cn.jining.credithub.adapters.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON-lines reader on its own: batches, line numbers, charsets, and lines that are no record. */
class JsonLinesBatchReaderTest {

    private static final SftpFileSettings UTF8 = new SftpFileSettings("qufu", "ADMIN_PENALTY", null, "UTF-8", 2,
            ".done", ".failed", FileFormat.JSONL);

    @Test
    void eachLineIsARecordAndABadLineIsRejectedWithItsNumberWhileTheRestIsRead() {
        String jsonl = "\uFEFF{\"recordId\":\"J1\",\"data\":{\"subjectName\":\"济宁示例企业1有限公司\"}}\r\n"
                + "\n"
                + "{\"recordId\":\"J2\",\"category\":\"ADMIN_LICENCE\",\"data\":{\"x\":[\"a\",\"b\"]}}\n"
                + "{\"recordId\":\"J3\",\"data\":{\"subjectName\":\"unterminated}\n"
                + "[1,2]\n"
                + "{\"recordId\":\"J5\",\"data\":{},\"nickname\":\"x\"}\n"
                + "{\"data\":{}}\n"
                + "{\"recordId\":\"J7\",\"data\":\"text\"}\n"
                + "{\"recordId\":\"J8\",\"data\":{\"subjectName\":\"最后\"}}";
        FileTally tally = new FileTally("qufu", "f.jsonl");
        List<CsvChunk> chunks = read(jsonl.getBytes(StandardCharsets.UTF_8), UTF8, tally);

        assertThat(chunks).hasSize(2);
        assertThat(chunks.get(0).submission().batchId()).isEqualTo("f.jsonl#1");
        assertThat(chunks).flatExtracting(c -> c.submission().records()).extracting(r -> r.recordId() + "/" + r.category())
                .containsExactly("J1/ADMIN_PENALTY", "J2/ADMIN_LICENCE", "J8/ADMIN_PENALTY");
        assertThat(chunks.get(0).lines()).startsWith(1, 3);
        assertThat(chunks.get(1).lines()[0]).isEqualTo(9);
        assertThat(chunks.get(0).submission().records().get(0).data().get("subjectName").asText())
                .isEqualTo("济宁示例企业1有限公司");
        FileReceipt receipt = tally.receipt(Instant.EPOCH);
        assertThat(receipt.status()).isEqualTo(FileReceipt.Status.PROCESSED);
        assertThat(receipt.rejectedRows()).extracting(r -> r.line() + ":" + r.violations().get(0).field() + ":"
                + r.violations().get(0).rule()).containsExactly(
                "4:*:JSONL_SYNTAX", "5:*:JSONL_RECORD", "6:nickname:JSONL_RECORD", "7:recordId:JSONL_RECORD",
                "8:data:JSONL_RECORD");
        assertThat(receipt.rejectedRows().get(0).violations().get(0).message()).startsWith("line 4 is not well-formed JSON");
        assertThat(receipt.rejectedRows().get(2).recordId()).isEqualTo("J5");
    }

    @Test
    void gbkLinesAreReadInGbkAndFailClearlyWhenTheSourceSaysUtf8() {
        byte[] bytes = "{\"recordId\":\"G1\",\"data\":{\"subjectName\":\"济宁示例企业有限公司\"}}\n".getBytes(Charset.forName("GBK"));
        SftpFileSettings gbk = new SftpFileSettings("qufu", "ADMIN_PENALTY", null, "GBK", 10, ".done", ".failed", FileFormat.JSONL);
        assertThat(read(bytes, gbk, new FileTally("qufu", "g.jsonl")).get(0).submission().records().get(0).data()
                .get("subjectName").asText()).isEqualTo("济宁示例企业有限公司");

        FileTally wrong = new FileTally("qufu", "g.jsonl");
        assertThat(read(bytes, UTF8, wrong)).isEmpty();
        assertThat(wrong.receipt(Instant.EPOCH).status()).isEqualTo(FileReceipt.Status.FAILED);
        assertThat(wrong.receipt(Instant.EPOCH).error()).startsWith("line 1 is not valid UTF-8 text");
    }

    @Test
    void anOverlongLineIsRejectedWithoutBeingHeld() {
        String jsonl = "{\"recordId\":\"L1\",\"data\":{\"x\":\"" + "y".repeat(JsonLinesBatchReader.MAX_LINE_CHARS) + "\"}}\n"
                + "{\"recordId\":\"L2\",\"data\":{}}\n";
        FileTally tally = new FileTally("qufu", "f.jsonl");
        assertThat(read(jsonl.getBytes(StandardCharsets.UTF_8), UTF8, tally))
                .flatExtracting(c -> c.submission().records()).extracting(r -> r.recordId()).containsExactly("L2");
        assertThat(tally.receipt(Instant.EPOCH).rejectedRows()).singleElement()
                .satisfies(r -> assertThat(r.violations().get(0).message()).contains("longer than"));
    }

    static List<CsvChunk> read(byte[] bytes, SftpFileSettings settings, FileTally tally) {
        List<CsvChunk> chunks = new ArrayList<>();
        settings.format().reader(new ByteArrayInputStream(bytes), settings, "f." + settings.format().setting(), tally)
                .forEachRemaining(chunks::add);
        return chunks;
    }
}
