package cn.jining.credithub.contracts.exchange;

import cn.jining.credithub.contracts.validation.Violation;
import java.util.List;

/**
 * What became of one submitted record: accepted with its fingerprint, or rejected with every violation. The
 * record id is echoed as {@link Echo} allows (an accepted id is always short and clean, so it is exact).
 */
public record RecordOutcome(int index, String recordId, Status status, String fingerprint, List<Violation> violations) {

    /** Accepted records are queued durably for every destination; rejected ones go nowhere. */
    public enum Status { ACCEPTED, REJECTED }

    public static RecordOutcome accepted(int index, String recordId, String fingerprint) {
        return new RecordOutcome(index, Echo.of(recordId), Status.ACCEPTED, fingerprint, List.of());
    }

    public static RecordOutcome rejected(int index, String recordId, List<Violation> violations) {
        return new RecordOutcome(index, Echo.of(recordId), Status.REJECTED, null, List.copyOf(violations));
    }
}
