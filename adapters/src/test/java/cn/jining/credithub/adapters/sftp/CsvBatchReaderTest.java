package cn.jining.credithub.adapters.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV reader on its own: batches, line numbers, encodings, and rows or files it cannot read. */
class CsvBatchReaderTest {

    private static final SftpFileSettings UTF8 = new SftpFileSettings("qufu", "ADMIN_PENALTY", "编号", "UTF-8", 2,
            ".done", ".failed");

    @Test
    void rowsBecomeRecordsInBatchesWithTheLineEachStartsOn() {
        String csv = "\uFEFF编号,subjectName,remarks\r\n"
                + "A1,济宁示例企业1有限公司,\r\n"
                + "\r\n"
                + "A2,\"济宁示例企业2\n有限公司\",备注\r\n"
                + "A3,济宁示例企业3有限公司,x";
        FileTally tally = new FileTally("qufu", "f.csv");
        List<CsvChunk> chunks = readAll(csv, UTF8, tally);

        assertThat(chunks).hasSize(2);
        assertThat(chunks.get(0).submission().batchId()).isEqualTo("f.csv#1");
        assertThat(chunks.get(1).submission().batchId()).isEqualTo("f.csv#2");
        assertThat(chunks.get(0).submission().records()).extracting(r -> r.recordId()).containsExactly("A1", "A2");
        assertThat(chunks.get(0).lines()[0]).isEqualTo(2);
        assertThat(chunks.get(0).lines()[1]).isEqualTo(4);
        assertThat(chunks.get(1).lines()[0]).isEqualTo(6);
        // The id column is the record id, an empty cell is an absent value, text arrives intact.
        assertThat(chunks.get(0).submission().records().get(0).data().toString())
                .isEqualTo("{\"subjectName\":\"济宁示例企业1有限公司\"}");
        assertThat(chunks.get(0).submission().records().get(1).data().get("subjectName").asText())
                .isEqualTo("济宁示例企业2\n有限公司");
        assertThat(tally.failed()).isFalse();
    }

    @Test
    void aRowThatDoesNotFitTheHeaderIsRejectedWithItsLineAndTheRestIsRead() {
        String csv = "编号,subjectName\nA1,x\nA2,y,surplus\nA3,z\n";
        FileTally tally = new FileTally("qufu", "f.csv");
        List<CsvChunk> chunks = readAll(csv, UTF8, tally);

        assertThat(chunks).flatExtracting(c -> c.submission().records()).extracting(r -> r.recordId())
                .containsExactly("A1", "A3");
        FileReceipt receipt = tally.receipt(Instant.EPOCH);
        assertThat(receipt.rejectedRows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.recordId()).isEqualTo("A2");
            assertThat(row.violations().get(0).rule()).isEqualTo(CsvBatchReader.RULE_CSV_COLUMNS);
            assertThat(row.violations().get(0).message()).isEqualTo("line 3 has 3 columns; the header has 2");
        });
    }

    @Test
    void gbkTextIsReadInGbkAndFailsClearlyWhenDeclaredUtf8() {
        Charset gbk = Charset.forName("GBK");
        byte[] bytes = "编号,subjectName\nG1,济宁示例企业有限公司\n".getBytes(gbk);
        SftpFileSettings gbkSettings = new SftpFileSettings("qufu", "ADMIN_PENALTY", "编号", "GBK", 10, ".done", ".failed");
        FileTally ok = new FileTally("qufu", "g.csv");
        assertThat(read(bytes, gbkSettings, ok).get(0).submission().records().get(0).data().get("subjectName").asText())
                .isEqualTo("济宁示例企业有限公司");

        FileTally wrong = new FileTally("qufu", "g.csv");
        assertThat(read(bytes, UTF8, wrong)).isEmpty();
        assertThat(wrong.failed()).isTrue();
        assertThat(wrong.receipt(Instant.EPOCH).error()).startsWith("line 1 is not valid UTF-8 text");
    }

    @Test
    void aHeaderWithoutTheIdColumnFailsTheFileNamingTheColumn() {
        FileTally tally = new FileTally("qufu", "f.csv");
        assertThat(readAll("id,subjectName\n1,x\n", UTF8, tally)).isEmpty();
        assertThat(tally.receipt(Instant.EPOCH).status()).isEqualTo(FileReceipt.Status.FAILED);
        assertThat(tally.receipt(Instant.EPOCH).error())
                .isEqualTo("line 1: the header has no column '编号' (the record id column); it has [id, subjectName]");
    }

    @Test
    void brokenQuotingFailsTheFileAtItsLineAndKeepsTheRowsBefore() {
        FileTally tally = new FileTally("qufu", "f.csv");
        List<CsvChunk> chunks = readAll("编号,subjectName\nA1,x\nA2,y\nA3,\"z\n", UTF8, tally);

        assertThat(chunks).flatExtracting(c -> c.submission().records()).extracting(r -> r.recordId())
                .containsExactly("A1", "A2");
        assertThat(tally.failed()).isTrue();
        assertThat(tally.receipt(Instant.EPOCH).error()).startsWith("line 4 cannot be read as CSV: ");
    }

    @Test
    void anEmptyFileFails() {
        FileTally tally = new FileTally("qufu", "f.csv");
        assertThat(readAll("", UTF8, tally)).isEmpty();
        assertThat(tally.receipt(Instant.EPOCH).error()).isEqualTo("the file has no header row");
    }

    @Test
    void longFileNamesGiveDistinctBatchIdsWithinTheIntakeLimit() {
        String a = "x".repeat(70) + "a.csv";
        String b = "x".repeat(70) + "b.csv";
        assertThat(BatchIds.of(a, 12)).hasSize(BatchIds.MAX).endsWith("#12").isNotEqualTo(BatchIds.of(b, 12));
    }

    private static List<CsvChunk> readAll(String csv, SftpFileSettings settings, FileTally tally) {
        return read(csv.getBytes(StandardCharsets.UTF_8), settings, tally);
    }

    private static List<CsvChunk> read(byte[] bytes, SftpFileSettings settings, FileTally tally) {
        List<CsvChunk> chunks = new ArrayList<>();
        new CsvBatchReader(new ByteArrayInputStream(bytes), settings, "f.csv", tally).forEachRemaining(chunks::add);
        return chunks;
    }
}
