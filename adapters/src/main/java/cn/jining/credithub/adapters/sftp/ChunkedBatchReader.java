package cn.jining.credithub.adapters.sftp;

import cn.jining.credithub.contracts.exchange.Submission;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A file read as a stream of batches: cuts the records a format's reader yields into Submissions of at most
 * {@code batchSize} records, numbered in file order, never holding more than one batch.
 */
abstract class ChunkedBatchReader implements Iterator<CsvChunk> {

    protected final SftpFileSettings settings;
    protected final FileTally tally;
    private final String file;
    private boolean ended;
    private int chunks;
    private CsvChunk next;

    ChunkedBatchReader(SftpFileSettings settings, String file, FileTally tally) {
        this.settings = settings;
        this.file = file;
        this.tally = tally;
    }

    /** A record of the file and the line it starts on. */
    protected record RecordAtLine(long line, SubmittedRecord record) {
    }

    /**
     * The file's next record, or null at its end or once it cannot be read on (never called again after that).
     * Lines that are no record are rejected to the tally and passed over.
     */
    protected abstract RecordAtLine nextRecord();

    /** A decoder for the source's charset that fails on bytes that are not valid text in it. */
    protected static CharsetDecoder strictDecoder(String charset) {
        // REPORT, not the JDK's default REPLACE: a GBK file declared UTF-8 must fail, not become U+FFFD.
        return Charset.forName(charset).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !ended) {
            next = readChunk();
        }
        return next != null;
    }

    @Override
    public CsvChunk next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CsvChunk chunk = next;
        next = null;
        return chunk;
    }

    private CsvChunk readChunk() {
        List<SubmittedRecord> records = new ArrayList<>(settings.batchSize());
        long[] lines = new long[settings.batchSize()];
        while (records.size() < settings.batchSize()) {
            RecordAtLine read = nextRecord();
            if (read == null) {
                ended = true;
                break;
            }
            lines[records.size()] = read.line();
            records.add(read.record());
        }
        if (records.isEmpty()) {
            return null;
        }
        chunks++;
        return new CsvChunk(new Submission(settings.sourceId(), BatchIds.of(file, chunks), records), lines);
    }
}
