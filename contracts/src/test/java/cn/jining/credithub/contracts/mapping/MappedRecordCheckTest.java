package cn.jining.credithub.contracts.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.fixtures.CountyMapping;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.contracts.validation.RecordChecker;
import cn.jining.credithub.contracts.validation.RecordVerdict;
import cn.jining.credithub.contracts.validation.Rules;
import cn.jining.credithub.contracts.validation.Violation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mapping and the record checker together: a county's own record becomes the canonical one, and a value
 * the mapping could not convert is reported by the checker under the canonical field's name.
 */
class MappedRecordCheckTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 26).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    private final RecordChecker checker = new RecordChecker(CLOCK);
    private final RecordMapper mapper = RecordMapper.of("qufu", CountyMapping.mapping(null));

    @Test
    void theCountysRecordIsAcceptedWithCanonicalNamesAndValues() {
        RecordVerdict verdict = check(CountyMapping.record(7));
        assertThat(verdict.violations()).isEmpty();
        AcceptedRecord accepted = verdict.accepted();
        ObjectNode expected = SampleRecords.penalty(7);
        expected.putArray("penaltyKinds").add("罚款").add("警告");
        expected.put("validUntil", "2027-03-01");
        expected.put("dataSource", CountyMapping.DATA_SOURCE);
        expected.put("dataSourceUscc", CountyMapping.DATA_SOURCE_USCC);
        SubmittedRecord canonical = new SubmittedRecord("Q-7", "ADMIN_PENALTY", expected);
        assertThat(accepted.data()).isEqualTo(checker.check(canonical).accepted().data());
        assertThat(accepted.subjectCode()).isEqualTo(expected.get("uscc").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unconverted")
    void whatDoesNotConvertIsReportedOnTheCanonicalField(String name, Consumer<ObjectNode> change, Tuple expected) {
        ObjectNode data = CountyMapping.record(7);
        change.accept(data);
        assertThat(check(data).violations()).extracting(Violation::field, Violation::rule).containsExactly(expected);
    }

    static Stream<Arguments> unconverted() {
        return Stream.of(
                Arguments.of("a date in another pattern", change(d -> d.put("处罚决定日期", "01.03.2026")),
                        tuple("decisionDate", Rules.FORMAT)),
                Arguments.of("an impossible date", change(d -> d.put("处罚有效期", "2027年2月30日")),
                        tuple("validUntil", Rules.FORMAT)),
                Arguments.of("a subject code outside the translation", change(d -> d.put("行政相对人类别", "9")),
                        tuple("subjectCategory", Rules.FORMAT)),
                Arguments.of("a penalty kind outside the code table", change(d -> d.put("处罚类别", "罚款;罚酒三杯")),
                        tuple("penaltyKinds", Rules.CODE_TABLE)),
                Arguments.of("a column the mapping does not know", change(d -> d.put("联系电话", "0537-1234567")),
                        tuple("联系电话", Rules.UNKNOWN_FIELD)),
                Arguments.of("a required column missing", change(d -> d.remove("处罚决定日期")),
                        tuple("decisionDate", Rules.REQUIRED)));
    }

    private RecordVerdict check(ObjectNode data) {
        MappedData mapped = mapper.map("ADMIN_PENALTY", data);
        assertThat(mapped.violations()).isEmpty();
        return checker.check(new SubmittedRecord("Q-7", "ADMIN_PENALTY", mapped.data()));
    }

    private static Consumer<ObjectNode> change(Consumer<ObjectNode> change) {
        return change;
    }
}
