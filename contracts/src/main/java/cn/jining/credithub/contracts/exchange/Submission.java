package cn.jining.credithub.contracts.exchange;

import java.util.List;

/**
 * A batch of records from one source, as every channel hands it to the intake. The batch id is the
 * source's own and is unique per source.
 */
public record Submission(String sourceId, String batchId, List<SubmittedRecord> records) {

    public Submission {
        records = records == null ? List.of() : List.copyOf(records);
    }
}
