package cn.jining.credithub.adapters.sftp;

import cn.jining.credithub.contracts.exchange.Echo;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.validation.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Set;

/**
 * Reads a JSON-lines file (one record per line, as in a REST submission: {@code recordId}, optional
 * {@code category}, {@code data}) as a stream of batches, never holding more than one batch and one bounded
 * line. A line that is not such a record is rejected with its line number and the rest is read; bytes that are
 * not valid text in the source's charset fail the file from that line on.
 */
public final class JsonLinesBatchReader extends ChunkedBatchReader {

    public static final String RULE_JSONL_SYNTAX = "JSONL_SYNTAX";
    public static final String RULE_JSONL_RECORD = "JSONL_RECORD";
    /** A record line longer than this is refused unread: no line may make the hub hold megabytes. */
    static final int MAX_LINE_CHARS = 1 << 20;
    private static final Set<String> PROPERTIES = Set.of("recordId", "category", "data");

    private final Reader reader;
    private final StringBuilder line = new StringBuilder();
    private long lineNumber;

    public JsonLinesBatchReader(InputStream in, SftpFileSettings settings, String file, FileTally tally) {
        super(settings, file, tally);
        this.reader = new BufferedReader(new InputStreamReader(in, strictDecoder(settings.charset())), 1 << 16);
    }

    @Override
    protected RecordAtLine nextRecord() {
        while (readLine()) {
            String text = line.toString().strip();
            if (lineNumber == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1).strip(); // a UTF-8 byte order mark some exporters write
            }
            if (text.isEmpty()) {
                continue; // a blank line carries no record
            }
            SubmittedRecord record = record(text);
            if (record != null) {
                return new RecordAtLine(lineNumber, record);
            }
        }
        return null;
    }

    /** The line as a record, or null when it is none (rejected with the reason). */
    private SubmittedRecord record(String text) {
        if (text.length() > MAX_LINE_CHARS) {
            return reject(null, "*", RULE_JSONL_RECORD, "is longer than " + MAX_LINE_CHARS + " characters",
                    "超过" + MAX_LINE_CHARS + "个字符");
        }
        JsonNode node;
        try {
            node = ContractsJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage() == null ? "" : ": " + Echo.of(e.getOriginalMessage().replaceAll("\\s+", " "));
            return reject(null, "*", RULE_JSONL_SYNTAX, "is not well-formed JSON (column "
                    + e.getLocation().getColumnNr() + why + ")", "不是格式正确的JSON（第" + e.getLocation().getColumnNr() + "列）");
        }
        if (!node.isObject()) {
            return reject(null, "*", RULE_JSONL_RECORD, "is not a JSON object", "不是JSON对象");
        }
        JsonNode id = node.get("recordId");
        String recordId = id != null && id.isTextual() && !id.asText().isBlank() ? id.asText() : null;
        for (var names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!PROPERTIES.contains(name)) {
                return reject(recordId, Echo.of(name), RULE_JSONL_RECORD, "has the unknown property " + Echo.quoted(name)
                        + " (a record has recordId, category and data)", "含有未知属性" + Echo.quoted(name));
            }
        }
        if (recordId == null) {
            return reject(null, "recordId", RULE_JSONL_RECORD, "has no recordId text", "缺少记录标识recordId");
        }
        JsonNode category = node.get("category");
        if (category != null && !category.isTextual()) {
            return reject(recordId, "category", RULE_JSONL_RECORD, "has a category that is not text", "数据类别不是文本");
        }
        JsonNode data = node.get("data");
        if (data == null || !data.isObject()) {
            return reject(recordId, "data", RULE_JSONL_RECORD, "has no data object", "缺少data对象");
        }
        return new SubmittedRecord(recordId, category == null ? settings.category() : category.asText(), data);
    }

    private SubmittedRecord reject(String recordId, String field, String rule, String what, String whatZh) {
        tally.rowUnreadable(lineNumber, recordId, new Violation(field, rule, null,
                "line " + lineNumber + " " + what, "第" + lineNumber + "行" + whatZh));
        return null;
    }

    /**
     * The next line into {@link #line}, false at the end. A line is kept only up to one character past the
     * limit; the rest of an overlong line is skipped unread.
     */
    private boolean readLine() {
        line.setLength(0);
        try {
            int c = reader.read();
            if (c < 0) {
                return false;
            }
            lineNumber++;
            while (c >= 0 && c != '\n') {
                if (line.length() <= MAX_LINE_CHARS) {
                    line.append((char) c);
                }
                c = reader.read();
            }
            return true;
        } catch (IOException e) {
            String why = e instanceof CharacterCodingException ? "is not valid " + settings.charset() + " text"
                    : "cannot be read: " + e.getMessage();
            tally.fail("line " + (lineNumber + (line.length() > 0 ? 0 : 1)) + " " + why + "; lines before it are answered above");
            return false;
        }
    }
}
