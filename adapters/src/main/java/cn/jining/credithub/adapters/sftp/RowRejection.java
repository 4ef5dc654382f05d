package cn.jining.credithub.adapters.sftp;

import cn.jining.credithub.contracts.validation.Violation;
import java.util.List;

/** A row of a dropped file that was not accepted: the line it starts on, its record id, and why. */
public record RowRejection(long line, String recordId, List<Violation> violations) {

    public RowRejection {
        violations = List.copyOf(violations);
    }
}
