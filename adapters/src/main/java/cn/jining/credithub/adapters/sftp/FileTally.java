package cn.jining.credithub.adapters.sftp;

import cn.jining.credithub.contracts.exchange.Echo;
import cn.jining.credithub.contracts.exchange.Receipt;
import cn.jining.credithub.contracts.exchange.RecordOutcome;
import cn.jining.credithub.contracts.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the outcome of one file while its batches pass the intake, and turns it into the file's receipt.
 * Only rejected rows are kept, so its size follows the file's faults, not the file's length.
 */
public final class FileTally {

    private final String sourceId;
    private final String file;
    private final List<String> batches = new ArrayList<>();
    private final List<RowRejection> rejectedRows = new ArrayList<>();
    private long rows;
    private long accepted;
    private String error;
    private boolean duplicate;

    public FileTally(String sourceId, String file) {
        this.sourceId = sourceId;
        this.file = file;
    }

    /** A row the CSV reader could not turn into a record (its cells do not match the header). */
    void rowUnreadable(long line, String recordId, Violation violation) {
        rows++;
        rejectedRows.add(new RowRejection(line, Echo.of(recordId), List.of(violation)));
    }

    /** The intake's receipt for one chunk; {@code lines} gives the file line of each record by index. */
    public void add(Receipt receipt, long[] lines) {
        batches.add(receipt.batchId());
        rows += receipt.total();
        accepted += receipt.accepted();
        for (RecordOutcome outcome : receipt.records()) {
            if (outcome.status() == RecordOutcome.Status.REJECTED) {
                rejectedRows.add(new RowRejection(lines[outcome.index()], outcome.recordId(), outcome.violations()));
            }
        }
    }

    /** The file cannot be read on from here; what came before stays answered. */
    void fail(String message) {
        if (error == null) {
            error = message;
        }
    }

    public void duplicate(String message) {
        duplicate = true;
        error = message;
    }

    public boolean failed() {
        return error != null && !duplicate;
    }

    public FileReceipt receipt(Instant processedAt) {
        FileReceipt.Status status = duplicate ? FileReceipt.Status.DUPLICATE
                : error != null ? FileReceipt.Status.FAILED : FileReceipt.Status.PROCESSED;
        rejectedRows.sort((a, b) -> Long.compare(a.line(), b.line()));
        return new FileReceipt(sourceId, file, status, processedAt, rows, accepted, rows - accepted,
                List.copyOf(batches), List.copyOf(rejectedRows), error);
    }
}
