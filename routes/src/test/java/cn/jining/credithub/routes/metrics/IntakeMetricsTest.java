package cn.jining.credithub.routes.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.exchange.Receipt;
import cn.jining.credithub.contracts.exchange.RecordOutcome;
import cn.jining.credithub.contracts.exchange.Submission;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Receipts are counted per source and category; a category the standard does not know is tagged UNKNOWN. */
class IntakeMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final IntakeMetrics metrics = new IntakeMetrics(registry);

    @Test
    void countsEachOutcomeUnderTheRecordsSourceAndStandardCategory() {
        Submission submission = new Submission("jn-amr", "b-1", List.of(
                record("R1", "ADMIN_PENALTY"), record("R2", "行政处罚"), record("R3", "ADMIN_LICENCE"),
                record("R4", "made-up"), record("R5", null)));
        Receipt receipt = Receipt.of("jn-amr", "b-1", Instant.now(), List.of(
                RecordOutcome.accepted(0, "R1", "f1"), RecordOutcome.rejected(1, "R2", List.of()),
                RecordOutcome.accepted(2, "R3", "f3"), RecordOutcome.rejected(3, "R4", List.of()),
                RecordOutcome.rejected(4, "R5", List.of())));

        metrics.count(submission, receipt);
        metrics.count(submission, receipt);

        assertThat(count(IntakeMetrics.SUBMITTED, "ADMIN_PENALTY")).isEqualTo(4);
        assertThat(count(IntakeMetrics.ACCEPTED, "ADMIN_PENALTY")).isEqualTo(2);
        assertThat(count(IntakeMetrics.REJECTED, "ADMIN_PENALTY")).isEqualTo(2);
        assertThat(count(IntakeMetrics.ACCEPTED, "ADMIN_LICENCE")).isEqualTo(2);
        assertThat(count(IntakeMetrics.REJECTED, "ADMIN_LICENCE")).isZero();
        assertThat(count(IntakeMetrics.REJECTED, IntakeMetrics.UNKNOWN_CATEGORY)).isEqualTo(4);
        assertThat(registry.find(IntakeMetrics.SUBMITTED).tag("category", "made-up").counter()).isNull();
    }

    private double count(String name, String category) {
        return registry.get(name).tag("source", "jn-amr").tag("category", category).counter().count();
    }

    private static SubmittedRecord record(String id, String category) {
        return new SubmittedRecord(id, category, JsonNodeFactory.instance.objectNode());
    }
}
