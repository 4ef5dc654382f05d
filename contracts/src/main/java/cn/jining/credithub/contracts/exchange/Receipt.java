package cn.jining.credithub.contracts.exchange;

import java.time.Instant;
import java.util.List;

/** The hub's answer to a submission, record by record, in the order the records were submitted. */
public record Receipt(String sourceId, String batchId, Instant receivedAt, int total, int accepted, int rejected,
                      List<RecordOutcome> records) {

    public static Receipt of(String sourceId, String batchId, Instant receivedAt, List<RecordOutcome> outcomes) {
        int accepted = (int) outcomes.stream().filter(o -> o.status() == RecordOutcome.Status.ACCEPTED).count();
        return new Receipt(sourceId, batchId, receivedAt, outcomes.size(), accepted, outcomes.size() - accepted,
                List.copyOf(outcomes));
    }
}
