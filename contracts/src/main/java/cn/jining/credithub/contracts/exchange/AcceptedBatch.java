package cn.jining.credithub.contracts.exchange;

import java.time.Instant;
import java.util.List;

/** The accepted records of one submission: the unit the hub queues, seals and delivers. */
public record AcceptedBatch(String sourceId, String batchId, Instant receivedAt, List<AcceptedRecord> records) {

    public AcceptedBatch {
        records = records == null ? List.of() : List.copyOf(records);
    }
}
