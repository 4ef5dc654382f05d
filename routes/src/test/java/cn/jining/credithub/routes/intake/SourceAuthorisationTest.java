package cn.jining.credithub.routes.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.Submission;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import cn.jining.credithub.contracts.sample.SampleRecords;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only the authenticated source's own submissions pass, and a pushed batch id only once. */
class SourceAuthorisationTest {

    private static final Instant SIGNED = Instant.parse("2026-11-26T03:00:00Z");
    private final Map<String, Instant> remembered = new HashMap<>();
    private final SourceAuthorisation authorisation = new SourceAuthorisation(new ReceivedBatches() {
        @Override
        public Optional<Instant> receivedAt(String sourceId, String batchId) {
            return Optional.ofNullable(remembered.get(sourceId + "/" + batchId));
        }

        @Override
        public void remember(String sourceId, String batchId, Instant receivedAt) {
            remembered.putIfAbsent(sourceId + "/" + batchId, receivedAt);
        }
    });

    @Test
    void aSubmissionWithoutAnAuthenticatedSourceIsRefused() {
        assertRefused(() -> authorisation.authorise(batch("jn-amr", "b1"), null, SIGNED), Refusal.UNAUTHENTICATED);
    }

    @Test
    void aSubmissionInAnotherSourcesNameIsRefused() {
        assertThatThrownBy(() -> authorisation.authorise(batch("jn-tax", "b1"), "jn-amr", SIGNED))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.SOURCE_MISMATCH);
                    assertThat(e.getMessage()).contains("jn-tax").contains("jn-amr");
                });
    }

    @Test
    void aPushedBatchIdIsRefusedOnceRememberedNamingTheFirstReceipt() {
        authorisation.authorise(batch("jn-amr", "b1"), "jn-amr", SIGNED);
        authorisation.remember("jn-amr", "b1", SIGNED, Instant.parse("2026-11-26T03:00:01Z"));
        assertThatThrownBy(() -> authorisation.authorise(batch("jn-amr", "b1"), "jn-amr", SIGNED.plusSeconds(5)))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.REPLAYED);
                    assertThat(e.getMessage()).contains("2026-11-26T03:00:01Z");
                });
        authorisation.authorise(batch("jn-amr", "b2"), "jn-amr", SIGNED);
        authorisation.authorise(batch("jn-tax", "b1"), "jn-tax", SIGNED);
    }

    @Test
    void pollingChannelsRetryTheirBatchIdsFreely() {
        authorisation.remember("qufu-files", "f.csv#0", null, SIGNED);
        assertThat(remembered).isEmpty();
        authorisation.authorise(batch("qufu-files", "f.csv#0"), "qufu-files", null);
    }

    private static Submission batch(String source, String batchId) {
        return new Submission(source, batchId, List.of(SampleRecords.penaltyRecord("R1", 1)));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Refusal refusal) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SubmissionRefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(refusal));
    }
}
