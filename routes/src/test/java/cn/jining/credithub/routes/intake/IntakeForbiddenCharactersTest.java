package cn.jining.credithub.routes.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.jining.credithub.contracts.exchange.Echo;
import cn.jining.credithub.contracts.exchange.RecordOutcome;
import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.Submission;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.fixtures.CountyMapping;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.contracts.validation.RecordChecker;
import cn.jining.credithub.contracts.validation.Rules;
import cn.jining.credithub.contracts.validation.Violation;
import cn.jining.credithub.routes.source.SourceDefinition;
import cn.jining.credithub.routes.source.SourceRegistry;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What no destination can store is refused before it becomes a key: per record (FORBIDDEN_CHARACTER, neighbours
 * unaffected), as a whole for the batch and source ids (MALFORMED, before the replay memory is asked).
 */
class IntakeForbiddenCharactersTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 26).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    private final IntakeService intake = new IntakeService(new SourceRegistry(List.of(bureau(), county())),
            new RecordChecker(CLOCK), CLOCK, new IntakeLimits(100, 10));

    @Test
    void twoIdsDifferingOnlyInLoneSurrogatesAreBothRefusedAndTheirNeighbourAccepted() {
        Submission submission = new Submission("jn-amr", "b-1", List.of(penalty("P-\uD800", 1), penalty("P-\uDC00", 2),
                penalty("P-\u0000", 3), penalty("P-3", 3)));
        IntakeResult result = intake.check(submission);

        assertThat(result.receipt().records()).extracting(RecordOutcome::status).containsExactly(
                RecordOutcome.Status.REJECTED, RecordOutcome.Status.REJECTED, RecordOutcome.Status.REJECTED,
                RecordOutcome.Status.ACCEPTED);
        assertThat(result.receipt().records().subList(0, 3)).allSatisfy(outcome -> {
            assertThat(outcome.violations()).extracting(Violation::field, Violation::rule)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("recordId", Rules.FORBIDDEN_CHARACTER));
            assertThat(Echo.of(outcome.recordId())).isEqualTo(outcome.recordId());
        });
        assertThat(result.receipt().records()).extracting(RecordOutcome::recordId)
                .containsExactly("P-\\uD800", "P-\\uDC00", "P-\\u0000", "P-3");
        assertThat(result.messages().get(0).records()).extracting(r -> r.recordId()).containsExactly("P-3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\uD83D", "\uFDD0", "\uFFFE"})
    void textAndTheOriginalBeforeMappingAreChecked(String bad) {
        ObjectNode penalty = SampleRecords.penalty(4);
        penalty.put("subjectName", penalty.get("subjectName").asText() + bad);
        ObjectNode county = CountyMapping.record(5);
        county.put("行政相对人类别", 1);
        county.put("备注" + bad, "x");
        RecordOutcome bureau = intake.check(new Submission("jn-amr", "b-2", List.of(
                new SubmittedRecord("P-4", "ADMIN_PENALTY", penalty)))).receipt().records().get(0);
        RecordOutcome mapped = intake.check(new Submission("qufu", "b-3", List.of(
                new SubmittedRecord("Q-5", "ADMIN_PENALTY", county)))).receipt().records().get(0);

        assertThat(bureau.violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("subjectName", Rules.FORBIDDEN_CHARACTER));
        assertThat(mapped.violations()).extracting(Violation::rule).containsExactly(Rules.FORBIDDEN_CHARACTER);
    }

    @Test
    void aMegabyteRecordIdIsEchoedAsABoundedPrefix() {
        String huge = "R".repeat(1 << 20);
        RecordOutcome outcome = intake.check(new Submission("jn-amr", "b-4", List.of(penalty(huge, 1))))
                .receipt().records().get(0);
        assertThat(outcome.recordId()).isEqualTo("R".repeat(Echo.MAX_CHARACTERS) + "…");
        assertThat(outcome.violations()).extracting(Violation::rule).containsExactly(Rules.RECORD_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"B-\u0000", "B-\uD800", "B-\uFFFF", "B\n"})
    void aBatchIdNoDestinationCanStoreIsMalformedBeforeTheReplayMemoryIsAsked(String batchId) {
        SourceAuthorisation authorisation = new SourceAuthorisation(new ReceivedBatches() {
            @Override
            public Optional<Instant> receivedAt(String sourceId, String batch) {
                throw new AssertionError("the replay memory was asked about " + Echo.of(batch));
            }

            @Override
            public void remember(String sourceId, String batch, Instant receivedAt) {
                throw new AssertionError("remembered");
            }
        });
        Submission submission = new Submission("jn-amr", batchId, List.of(penalty("P-1", 1)));
        for (Runnable step : new Runnable[] {() -> authorisation.authorise(submission, "jn-amr", Instant.EPOCH),
                () -> intake.check(submission)}) {
            SubmissionRefusedException refused = catchThrowableOfType(SubmissionRefusedException.class, step::run);
            assertThat(refused.refusal()).isEqualTo(Refusal.MALFORMED);
            assertThat(refused.getMessage()).startsWith("batchId contains the character U+");
        }
    }

    @Test
    void aSourceIdWithANulIsMalformedNotAMismatch() {
        SourceAuthorisation authorisation = new SourceAuthorisation(new ReceivedBatches() {
            @Override
            public Optional<Instant> receivedAt(String sourceId, String batch) {
                return Optional.empty();
            }

            @Override
            public void remember(String sourceId, String batch, Instant receivedAt) {
            }
        });
        SubmissionRefusedException refused = catchThrowableOfType(SubmissionRefusedException.class, () ->
                authorisation.authorise(new Submission("jn-amr\u0000", "b", List.of(penalty("P-1", 1))), "jn-amr", null));
        assertThat(refused.refusal()).isEqualTo(Refusal.MALFORMED);
        assertThat(refused.getMessage()).isEqualTo("sourceId contains the character U+0000 at position 7, which no destination can store");
    }

    private static SubmittedRecord penalty(String recordId, int n) {
        return new SubmittedRecord(recordId, "ADMIN_PENALTY", SampleRecords.penalty(n));
    }

    private static SourceDefinition bureau() {
        return new SourceDefinition("jn-amr", "济宁市市场监督管理局", "bureau", "370800", "rest", Set.of("ADMIN_PENALTY"),
                null, null, null, null, null);
    }

    private static SourceDefinition county() {
        return new SourceDefinition("qufu", "曲阜市", "county", "370881", "rest", Set.of("ADMIN_PENALTY"),
                Map.of("ADMIN_PENALTY", CountyMapping.penaltyMapping(null)), null, null, null, null);
    }
}
