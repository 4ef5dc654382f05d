package cn.jining.credithub.routes.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.exchange.RecordOutcome;
import cn.jining.credithub.contracts.exchange.Submission;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The intake applies each source's own field mapping before the checker, whatever channel the submission
 * came by: a county's columns are accepted in canonical form, and receipts name canonical fields.
 */
class IntakeServiceMappingTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 26).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    private final IntakeService intake = new IntakeService(new SourceRegistry(List.of(county(), bureau())),
            new RecordChecker(CLOCK), CLOCK, new IntakeLimits(100, 10));

    @Test
    void aCountyRecordIsAcceptedInCanonicalFormAndKeepsWhatTheCountySent() {
        ObjectNode sent = countyRecord(3);
        IntakeResult result = intake.check(new Submission("qufu", "b-1", List.of(record("Q-3", sent))));

        assertThat(result.receipt().records()).extracting(RecordOutcome::status).containsExactly(RecordOutcome.Status.ACCEPTED);
        AcceptedRecord accepted = result.messages().get(0).records().get(0);
        ObjectNode canonical = SampleRecords.penalty(3);
        assertThat(accepted.data().get("subjectName")).isEqualTo(canonical.get("subjectName"));
        assertThat(accepted.data().get("subjectCategory").asText()).isEqualTo("法人及非法人组织");
        assertThat(accepted.data().get("decisionDate").asText()).isEqualTo("2026-03-01");
        assertThat(accepted.data().get("validUntil").asText()).isEqualTo("2027-03-01");
        assertThat(accepted.data().get("penaltyKinds")).hasSize(2);
        assertThat(accepted.data().get("dataSource").asText()).isEqualTo(CountyMapping.DATA_SOURCE);
        assertThat(accepted.data().has("行政相对人名称")).isFalse();
        assertThat(accepted.original()).isEqualTo(sent);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("countyMistakes")
    void theReceiptNamesTheCanonicalField(String name, Consumer<ObjectNode> change, Tuple expected) {
        ObjectNode sent = countyRecord(4);
        change.accept(sent);
        IntakeResult result = intake.check(new Submission("qufu", "b-2", List.of(record("Q-4", sent))));

        RecordOutcome outcome = result.receipt().records().get(0);
        assertThat(outcome.status()).isEqualTo(RecordOutcome.Status.REJECTED);
        assertThat(outcome.violations()).extracting(Violation::field, Violation::rule).containsExactly(expected);
        assertThat(result.messages()).isEmpty();
    }

    static Stream<Arguments> countyMistakes() {
        return Stream.of(
                Arguments.of("a date in another pattern", change(d -> d.put("处罚决定日期", "01.03.2026")),
                        tuple("decisionDate", Rules.FORMAT)),
                Arguments.of("a subject code outside the translation", change(d -> d.put("行政相对人类别", "7")),
                        tuple("subjectCategory", Rules.FORMAT)),
                Arguments.of("a penalty kind outside the code table", change(d -> d.put("处罚类别", "罚款;罚酒三杯")),
                        tuple("penaltyKinds", Rules.CODE_TABLE)),
                Arguments.of("a column no rule names", change(d -> d.put("联系电话", "0537-1234567")),
                        tuple("联系电话", Rules.UNKNOWN_FIELD)),
                Arguments.of("a canonical name outside the closed mapping", change(d -> d.put("remarks", "直接报送")),
                        tuple("remarks", Rules.UNKNOWN_FIELD)),
                Arguments.of("a value for a field the mapping sets", change(d -> d.put("dataSource", "别的单位")),
                        tuple("dataSource", Rules.UNKNOWN_FIELD)));
    }

    @Test
    void anotherSourcesMappingIsNotApplied() {
        IntakeResult result = intake.check(new Submission("jn-amr", "b-3", List.of(
                SampleRecords.penaltyRecord("A-1", 5), record("A-2", countyRecord(6)))));

        assertThat(result.receipt().records()).extracting(RecordOutcome::status).containsExactly(RecordOutcome.Status.ACCEPTED, RecordOutcome.Status.REJECTED);
        assertThat(result.receipt().records().get(1).violations()).extracting(Violation::field, Violation::rule)
                .contains(tuple("行政相对人名称", Rules.UNKNOWN_FIELD));
        assertThat(result.messages().get(0).records().get(0).original()).isEqualTo(SampleRecords.penalty(5));
    }

    private static SourceDefinition county() {
        return new SourceDefinition("qufu", "曲阜市", "county", "370881", "rest", Set.of("ADMIN_PENALTY"),
                Map.of("ADMIN_PENALTY", CountyMapping.penaltyMapping(null)), null, null, null, null);
    }

    private static SourceDefinition bureau() {
        return new SourceDefinition("jn-amr", "济宁市市场监督管理局", "bureau", "370800", "rest", Set.of("ADMIN_PENALTY"),
                null, null, null, null, null);
    }

    /** Sample penalty {@code n} in the county's own columns and forms, its subject code sent as a JSON number. */
    private static ObjectNode countyRecord(int n) {
        ObjectNode data = CountyMapping.record(n);
        data.put("行政相对人类别", 1);
        return data;
    }

    private static SubmittedRecord record(String recordId, ObjectNode data) {
        return new SubmittedRecord(recordId, "ADMIN_PENALTY", data);
    }

    private static Consumer<ObjectNode> change(Consumer<ObjectNode> change) {
        return change;
    }
}
