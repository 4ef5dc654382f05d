package cn.jining.credithub.adapters.jdbc;

import cn.jining.credithub.contracts.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** A rejected row's reason as the staging table keeps it: {@code RULE:field; RULE:field}, cut to the column size. */
final class RejectionReason {

    private RejectionReason() {
    }

    static String of(List<Violation> violations, int columnSize) {
        String reason = violations.stream().map(v -> v.rule() + ":" + v.field()).collect(Collectors.joining("; "));
        // Cut rather than fail: a reason too long for the bureau's column must not block writing the outcome.
        // Violations come in field order, so what is cut is the tail; the row itself still shows every fault.
        return columnSize > 0 && reason.length() > columnSize ? reason.substring(0, columnSize) : reason;
    }
}
