package cn.jining.credithub.routes.metrics;

import cn.jining.credithub.contracts.exchange.Receipt;
import cn.jining.credithub.contracts.exchange.RecordOutcome;
import cn.jining.credithub.contracts.exchange.Submission;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.record.RecordCategory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts submitted, accepted and rejected records per source and category, from each receipt the intake gives. */
public class IntakeMetrics {

    public static final String SUBMITTED = "credithub.records.submitted";
    public static final String ACCEPTED = "credithub.records.accepted";
    public static final String REJECTED = "credithub.records.rejected";
    /** The category tag of a record whose category is not one of the standard's (it is rejected for that). */
    public static final String UNKNOWN_CATEGORY = "UNKNOWN";

    private final MeterRegistry registry;

    public IntakeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts one answered submission; call only once its accepted records are queued. */
    public void count(Submission submission, Receipt receipt) {
        Map<String, int[]> perCategory = new HashMap<>();
        List<SubmittedRecord> records = submission.records();
        for (RecordOutcome outcome : receipt.records()) {
            String category = categoryTag(outcome.index() < records.size() ? records.get(outcome.index()) : null);
            int[] tally = perCategory.computeIfAbsent(category, c -> new int[2]);
            tally[outcome.status() == RecordOutcome.Status.ACCEPTED ? 0 : 1]++;
        }
        perCategory.forEach((category, tally) -> {
            increment(SUBMITTED, receipt.sourceId(), category, tally[0] + tally[1]);
            increment(ACCEPTED, receipt.sourceId(), category, tally[0]);
            increment(REJECTED, receipt.sourceId(), category, tally[1]);
        });
    }

    private void increment(String name, String source, String category, int amount) {
        // Registered even at zero, so a dashboard sees every series of a source and category from the start.
        Counter.builder(name).description("records " + name.substring(name.lastIndexOf('.') + 1)
                        + " by the intake, per source and category")
                .tag("source", source).tag("category", category)
                .register(registry).increment(amount);
    }

    // The tag is the standard's category name, never the raw text a source sent: free text as a tag value
    // would let one source create unbounded time series.
    private static String categoryTag(SubmittedRecord record) {
        return record == null ? UNKNOWN_CATEGORY
                : RecordCategory.of(record.category()).map(Enum::name).orElse(UNKNOWN_CATEGORY);
    }
}
