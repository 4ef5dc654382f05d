package cn.jining.credithub.contracts.validation;

import static cn.jining.credithub.contracts.code.TestCodes.EXAMPLE_ID_NUMBER;

import cn.jining.credithub.contracts.record.RecordCategory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared tests of the categories whose subject is a legal person (the samples) or a natural person,
 * who is known by an ID document instead of a credit code.
 */
abstract class SubjectRecordRulesTest extends CategoryRulesTest {

    SubjectRecordRulesTest(RecordCategory category) {
        super(category);
    }

    /** {@link #valid()} about a natural person, known by the example ID number. */
    ObjectNode naturalPerson() {
        return CategoryFixture.asNaturalPerson(valid());
    }

    @Test
    void acceptsANaturalPersonByIdNumber() {
        fixture.acceptAs(naturalPerson(), "NATURAL_PERSON", "身份证:" + EXAMPLE_ID_NUMBER);
    }

    @ParameterizedTest(name = "natural person without {0}")
    @ValueSource(strings = {"idType", "idNumber"})
    void missingNaturalPersonField(String field) {
        assertMissingIsRequired(naturalPerson(), field);
    }
}
