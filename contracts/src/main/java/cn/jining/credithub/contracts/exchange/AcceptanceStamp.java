package cn.jining.credithub.contracts.exchange;

import java.time.Instant;

/**
 * When the hub accepted a version of a record: the acceptance time, then the intake sequence that orders batches
 * accepted in the same instant. Of two versions of a record, the later stamp is the current one.
 */
public record AcceptanceStamp(Instant at, long sequence) implements Comparable<AcceptanceStamp> {

    @Override
    public int compareTo(AcceptanceStamp other) {
        int byTime = at.compareTo(other.at);
        return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }

    public boolean isAfter(AcceptanceStamp other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(AcceptanceStamp other) {
        return compareTo(other) < 0;
    }
}
