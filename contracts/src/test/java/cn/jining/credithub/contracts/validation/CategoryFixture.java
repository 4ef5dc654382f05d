package cn.jining.credithub.contracts.validation;

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
import java.util.function.Consumer;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.provider.Arguments;

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

    RecordVerdict check(ObjectNode data) {
        return checker.check(new SubmittedRecord("r-1", category.name(), data));
    }

    AcceptedRecord accept(ObjectNode data) {
        RecordVerdict verdict = check(data);
        assertThat(verdict.violations()).as("violations of %s", data).isEmpty();
        assertThat(verdict.isAccepted()).isTrue();
        return verdict.accepted();
    }

    /** The (field, rule) pairs of a record that must be rejected. */
    List<Tuple> violations(ObjectNode data) {
        RecordVerdict verdict = check(data);
        assertThat(verdict.isAccepted()).as("accepted %s", data).isFalse();
        return verdict.violations().stream().map(v -> tuple(v.field(), v.rule())).toList();
    }

    /** One row of a table of rejections: a name, the record changed from a valid one, the expected violations. */
    static Arguments rejection(String name, ObjectNode valid, Consumer<ObjectNode> change, Tuple... expected) {
        change.accept(valid);
        return Arguments.of(name, valid, List.of(expected));
    }

    /** One row of a table of records that must be accepted. */
    static Arguments acceptance(String name, ObjectNode valid, Consumer<ObjectNode> change) {
        change.accept(valid);
        return Arguments.of(name, valid);
    }
}
