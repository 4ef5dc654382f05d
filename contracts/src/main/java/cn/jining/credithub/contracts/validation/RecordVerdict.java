package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import java.util.List;

/** The result of checking one submitted record: the accepted canonical record, or its violations. */
public record RecordVerdict(AcceptedRecord accepted, List<Violation> violations) {

    public static RecordVerdict accept(AcceptedRecord record) {
        return new RecordVerdict(record, List.of());
    }

    public static RecordVerdict reject(List<Violation> violations) {
        return new RecordVerdict(null, List.copyOf(violations));
    }

    public boolean isAccepted() {
        return accepted != null;
    }
}
