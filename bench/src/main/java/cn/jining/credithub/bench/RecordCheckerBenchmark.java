package cn.jining.credithub.bench;

import cn.jining.credithub.contracts.code.UnifiedSocialCreditCode;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.contracts.validation.RecordChecker;
import cn.jining.credithub.contracts.validation.RecordVerdict;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@link RecordChecker#check} on one thread, for a valid 行政处罚 record and for an invalid
 * one. Run it as docs/performance.md ("Validation (JMH)") says; never part of the test suite.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class RecordCheckerBenchmark {

    private RecordChecker checker;
    private SubmittedRecord valid;
    private SubmittedRecord invalid;

    @Setup
    public void setUp() {
        // A fixed day after the samples' decision date, so the verdicts do not change with the calendar.
        checker = new RecordChecker(Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        valid = SampleRecords.penaltyRecord("P-0001", 1);
        invalid = new SubmittedRecord("P-0002", RecordCategory.ADMIN_PENALTY.name(), invalidData());
        if (!checker.check(valid).isAccepted() || checker.check(invalid).violations().size() < 2) {
            throw new IllegalStateException("benchmark records no longer have the verdicts they are named for");
        }
    }

    @Benchmark
    public RecordVerdict validPenalty() {
        return checker.check(valid);
    }

    @Benchmark
    public RecordVerdict invalidPenalty() {
        return checker.check(invalid);
    }

    /**
     * Invalid the common way: it binds, so every rule runs; then a wrong check character and a missing
     * required field are reported, with their bilingual messages.
     */
    private static ObjectNode invalidData() {
        ObjectNode data = SampleRecords.penalty(2);
        String uscc = data.get("uscc").asText();
        String alphabet = UnifiedSocialCreditCode.ALPHABET;
        char wrong = alphabet.charAt((alphabet.indexOf(uscc.charAt(17)) + 1) % alphabet.length());
        data.put("uscc", uscc.substring(0, 17) + wrong);
        data.remove("penaltyContent");
        return data;
    }
}
