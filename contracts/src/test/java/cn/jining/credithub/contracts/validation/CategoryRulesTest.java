package cn.jining.credithub.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.sample.SampleRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test shapes every category's rules share. A category's test names its required fields and its tables
 * of changed records that must still be accepted or must be rejected; this class runs each of them against
 * the category, and the subclass adds only what is specific to its category. The tables are instance
 * methods (hence one instance per class) so that each subclass supplies its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CategoryRulesTest {

    final CategoryFixture fixture;

    CategoryRulesTest(RecordCategory category) {
        this.fixture = new CategoryFixture(category);
    }

    /** A fresh valid record of the category (sample 1), the one the tables change. */
    ObjectNode valid() {
        return SampleRecords.of(fixture.category(), 1);
    }

    /** The fields that {@link #valid()} cannot do without: each one missing is reported as required. */
    abstract Stream<String> requiredFields();

    /** Rows of {@link #acceptance}: changes of a valid record that keep it valid. */
    abstract Stream<Arguments> acceptances();

    /** Rows of {@link #rejection}: changes of a valid record with the violations each must cause. */
    abstract Stream<Arguments> rejections();

    @ParameterizedTest(name = "without {0}")
    @MethodSource("requiredFields")
    void missingRequiredField(String field) {
        assertMissingIsRequired(valid(), field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptances")
    void accepts(String name, ObjectNode data) {
        fixture.accept(data);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejects(String name, ObjectNode data, List<Tuple> expected) {
        assertThat(fixture.violations(data)).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Removes the field from the valid record and expects exactly that field reported as required. */
    final void assertMissingIsRequired(ObjectNode valid, String field) {
        valid.remove(field);
        assertThat(fixture.violations(valid)).containsExactly(tuple(field, Rules.REQUIRED));
    }

    /** One row of a table of records that must be accepted: {@link #valid()} changed. */
    final Arguments acceptance(String name, Consumer<ObjectNode> change) {
        return acceptance(name, valid(), change);
    }

    /** One row of a table of records that must be accepted: another valid record changed. */
    static Arguments acceptance(String name, ObjectNode valid, Consumer<ObjectNode> change) {
        change.accept(valid);
        return Arguments.of(name, valid);
    }

    /** One row of a table of rejections: {@link #valid()} changed, and the expected violations. */
    final Arguments rejection(String name, Consumer<ObjectNode> change, Tuple... expected) {
        return rejection(name, valid(), change, expected);
    }

    /** One row of a table of rejections: another valid record changed, and the expected violations. */
    static Arguments rejection(String name, ObjectNode valid, Consumer<ObjectNode> change, Tuple... expected) {
        change.accept(valid);
        return Arguments.of(name, valid, List.of(expected));
    }
}
