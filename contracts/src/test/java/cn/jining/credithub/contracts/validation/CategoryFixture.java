package cn.jining.credithub.contracts.validation;

import static cn.jining.credithub.contracts.code.TestCodes.EXAMPLE_ID_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.record.RecordCategory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.groups.Tuple;

/** Checks records of one category through {@link RecordChecker} on a fixed day, for the per-category tests. */
final class CategoryFixture {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    private final RecordChecker checker = new RecordChecker(CLOCK);
    private final RecordCategory category;

    CategoryFixture(RecordCategory category) {
        this.category = category;
    }

    RecordCategory category() {
        return category;
    }

    RecordVerdict check(ObjectNode data) {
        return checker.check(new SubmittedRecord("r-1", category.name(), data));
    }

    AcceptedRecord accept(ObjectNode data) {
        RecordVerdict verdict = check(data);
        assertThat(verdict.violations()).as("violations of %s", data).isEmpty();
        assertThat(verdict.isAccepted()).isTrue();
        return verdict.accepted();
    }

    /**
     * Accepts the record as one of this category about the given subject: {@code subjectCategory} is the
     * {@code SubjectCategory} name, {@code subjectCode} the key (a credit code, or {@code 证件类型:证件号码}).
     */
    AcceptedRecord acceptAs(ObjectNode data, String subjectCategory, String subjectCode) {
        AcceptedRecord accepted = accept(data);
        assertThat(accepted.category()).isEqualTo(category.name());
        assertThat(accepted.subjectCategory()).isEqualTo(subjectCategory);
        assertThat(accepted.subjectCode()).isEqualTo(subjectCode);
        return accepted;
    }

    /** The (field, rule) pairs of a record that must be rejected. */
    List<Tuple> violations(ObjectNode data) {
        RecordVerdict verdict = check(data);
        assertThat(verdict.isAccepted()).as("accepted %s", data).isFalse();
        return verdict.violations().stream().map(v -> tuple(v.field(), v.rule())).toList();
    }

    /**
     * A valid record about a legal person changed to be about a natural person: no credit code or legal
     * representative, known by the example ID number instead.
     */
    static ObjectNode asNaturalPerson(ObjectNode legalPersonRecord) {
        legalPersonRecord.remove(List.of("uscc", "legalRepresentative"));
        legalPersonRecord.put("subjectName", "李示例");
        legalPersonRecord.put("subjectCategory", "自然人");
        legalPersonRecord.put("idType", "身份证");
        legalPersonRecord.put("idNumber", EXAMPLE_ID_NUMBER);
        return legalPersonRecord;
    }
}
