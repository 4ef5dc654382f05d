package cn.jining.credithub.contracts.exchange;

import java.time.Instant;
import java.util.List;

/**
 * The accepted records of one submission: the unit the hub queues, seals and delivers. {@code receivedAt} and
 * {@code intakeSequence} say when the hub accepted it, and order every version of a record: the one accepted last
 * wins, whatever order deliveries arrive in ({@link #stamp()}). Batches queued before the hub kept an
 * intake sequence carry 0 and are ordered by their acceptance time alone.
 */
public record AcceptedBatch(String sourceId, String batchId, Instant receivedAt, long intakeSequence,
                            List<AcceptedRecord> records) {

    public AcceptedBatch {
        records = records == null ? List.of() : List.copyOf(records);
    }

    /** A batch without an intake sequence (accepted before the hub kept one, or built by hand in tests). */
    public AcceptedBatch(String sourceId, String batchId, Instant receivedAt, List<AcceptedRecord> records) {
        this(sourceId, batchId, receivedAt, 0L, records);
    }

    /** When the hub accepted these records: of two versions of a record, the one with the later stamp wins. */
    public AcceptanceStamp stamp() {
        return new AcceptanceStamp(receivedAt, intakeSequence);
    }

    /** The same batch with other records (a part of it), keeping its identity and acceptance stamp. */
    public AcceptedBatch withRecords(List<AcceptedRecord> part) {
        return new AcceptedBatch(sourceId, batchId, receivedAt, intakeSequence, part);
    }
}
