package cn.jining.credithub.adapters.sftp;

import cn.jining.credithub.contracts.exchange.Echo;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.validation.Violation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file with a header row as a stream of batches, one Submission of at most {@code batchSize}
 * records each, never holding more than one batch. Each row becomes a record whose data is column name to
 * value (the source's field mapping applies later, in the intake). Rows that do not fit the header and a file
 * that cannot be read on are reported to the tally; reading stops at the latter.
 */
public final class CsvBatchReader extends ChunkedBatchReader {

    public static final String RULE_CSV_COLUMNS = "CSV_COLUMNS";
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private List<String> header;
    private int idIndex;

    public CsvBatchReader(InputStream in, SftpFileSettings settings, String file, FileTally tally) {
        super(settings, file, tally);
        try {
            // Empty lines are kept as records so the parser's line counter gives each row its first line.
            this.parser = CSVParser.builder().setReader(new InputStreamReader(in, strictDecoder(settings.charset())))
                    .setFormat(CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get()).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.rows = parser.iterator();
        readHeader();
    }

    private void readHeader() {
        CSVRecord first = read();
        if (first == null) {
            tally.fail("the file has no header row");
            return;
        }
        List<String> names = new ArrayList<>(first.toList());
        names.set(0, names.get(0).replace("\uFEFF", "")); // a UTF-8 byte order mark some exporters write
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (name.isEmpty() || names.subList(0, i).contains(name)) {
                tally.fail("line 1: header column " + (i + 1) + (name.isEmpty() ? " has no name" : " " + Echo.quoted(name) + " appears twice"));
                return;
            }
            names.set(i, name);
        }
        idIndex = names.indexOf(settings.idColumn());
        if (idIndex < 0) {
            tally.fail("line 1: the header has no column '" + settings.idColumn() + "' (the record id column); it has " + Echo.of(names.toString()));
            return;
        }
        header = names;
    }

    @Override
    protected RecordAtLine nextRecord() {
        while (header != null) {
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord row = read();
            if (row == null) {
                return null;
            }
            if (row.size() == 1 && row.get(0).isEmpty()) {
                continue; // a blank line carries no record
            }
            String recordId = row.size() > idIndex ? row.get(idIndex).strip() : null;
            if (row.size() != header.size()) {
                tally.rowUnreadable(line, recordId, new Violation("*", RULE_CSV_COLUMNS, null,
                        "line " + line + " has " + row.size() + " columns; the header has " + header.size(),
                        "第" + line + "行有" + row.size() + "列，表头有" + header.size() + "列"));
                continue;
            }
            return new RecordAtLine(line, new SubmittedRecord(recordId, settings.category(), data(row)));
        }
        return null;
    }

    /** Column name to value; an empty cell is an absent value, and the id column is the record's id. */
    private ObjectNode data(CSVRecord row) {
        ObjectNode data = ContractsJson.mapper().createObjectNode();
        for (int i = 0; i < header.size(); i++) {
            if (i != idIndex && !row.get(i).isEmpty()) {
                data.put(header.get(i), row.get(i));
            }
        }
        return data;
    }

    /** The next CSV record, or null at the end or when the file cannot be read on (reported to the tally). */
    private CSVRecord read() {
        long line = parser.getCurrentLineNumber() + 1;
        try {
            return rows.hasNext() ? rows.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String why = cause instanceof java.nio.charset.CharacterCodingException
                    ? "is not valid " + settings.charset() + " text" : "cannot be read as CSV: " + cause.getMessage();
            tally.fail("line " + line + " " + why + "; rows before it are answered above");
            header = null;
            return null;
        }
    }
}
