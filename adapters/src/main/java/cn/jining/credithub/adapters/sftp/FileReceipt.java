package cn.jining.credithub.adapters.sftp;

import java.time.Instant;
import java.util.List;

/**
 * The answer to one dropped file, written beside it as {@code <file>.receipt.json}: the counts, the batches
 * the file was cut into, every rejected row by line number, and for a file refused as a whole, why.
 */
public record FileReceipt(String sourceId, String file, Status status, Instant processedAt, long rows,
                          long accepted, long rejected, List<String> batches, List<RowRejection> rejectedRows,
                          String error) {

    /**
     * PROCESSED: every row is answered; FAILED: the file could not be read to its end (rows before the
     * problem are answered and kept); DUPLICATE: the same file (name, size, time) was processed before.
     */
    public enum Status { PROCESSED, FAILED, DUPLICATE }
}
