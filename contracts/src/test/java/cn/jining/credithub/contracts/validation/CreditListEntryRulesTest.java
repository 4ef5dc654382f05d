package cn.jining.credithub.contracts.validation;

import static cn.jining.credithub.contracts.code.TestCodes.EXAMPLE_ID_NUMBER;
import static cn.jining.credithub.contracts.validation.CategoryFixture.acceptance;
import static cn.jining.credithub.contracts.validation.CategoryFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.sample.SampleRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditListEntryRulesTest {

    private final CategoryFixture fixture = new CategoryFixture(RecordCategory.CREDIT_LIST);

    @Test
    void acceptsTheSample() {
        AcceptedRecord accepted = fixture.accept(SampleRecords.creditListEntry(3));
        assertThat(accepted.category()).isEqualTo("CREDIT_LIST");
        assertThat(accepted.subjectCategory()).isEqualTo("LEGAL_PERSON");
        assertThat(accepted.subjectCode()).isEqualTo(SampleRecords.enterpriseUscc(3));
    }

    @Test
    void acceptsANaturalPersonByIdNumber() {
        AcceptedRecord accepted = fixture.accept(naturalPerson());
        assertThat(accepted.subjectCategory()).isEqualTo("NATURAL_PERSON");
        assertThat(accepted.subjectCode()).isEqualTo("身份证:" + EXAMPLE_ID_NUMBER);
    }

    @ParameterizedTest(name = "legal person without {0}")
    @ValueSource(strings = {"listName", "listType", "subjectName", "subjectCategory", "uscc", "reason", "authority",
            "authorityUscc", "basis", "entryDate", "dataSource", "dataSourceUscc"})
    void requiredFields(String field) {
        ObjectNode data = SampleRecords.creditListEntry(1);
        data.remove(field);
        assertThat(fixture.violations(data)).containsExactly(tuple(field, Rules.REQUIRED));
    }

    @ParameterizedTest(name = "natural person without {0}")
    @ValueSource(strings = {"idType", "idNumber"})
    void naturalPersonRequiredFields(String field) {
        ObjectNode data = naturalPerson();
        data.remove(field);
        assertThat(fixture.violations(data)).containsExactly(tuple(field, Rules.REQUIRED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptances")
    void accepts(String name, ObjectNode data) {
        fixture.accept(data);
    }

    static Stream<Arguments> acceptances() {
        return Stream.of(
                acceptance("red list", SampleRecords.creditListEntry(1), d -> d.put("listType", "守信激励")),
                acceptance("list type by code", SampleRecords.creditListEntry(1), d -> d.put("listType", "01")),
                acceptance("removed on the day of entry", SampleRecords.creditListEntry(1),
                        d -> d.put("removalDate", d.get("entryDate").asText())),
                acceptance("removal announced for a future day", SampleRecords.creditListEntry(1),
                        d -> d.put("removalDate", CategoryFixture.TODAY.plusYears(1).toString())),
                acceptance("entered today", SampleRecords.creditListEntry(1),
                        d -> d.put("entryDate", CategoryFixture.TODAY.toString())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejects(String name, ObjectNode data, List<Tuple> expected) {
        assertThat(fixture.violations(data)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> rejections() {
        return Stream.of(
                rejection("list type not in list-type", SampleRecords.creditListEntry(1), d -> d.put("listType", "黑名单"),
                        tuple("listType", Rules.CODE_TABLE)),
                rejection("entryDate in the future", SampleRecords.creditListEntry(1),
                        d -> d.put("entryDate", CategoryFixture.TODAY.plusDays(1).toString()),
                        tuple("entryDate", Rules.DATE_IN_FUTURE)),
                rejection("removalDate before entryDate", SampleRecords.creditListEntry(1),
                        d -> d.put("removalDate", "2026-02-28"), tuple("removalDate", Rules.DATE_ORDER)),
                rejection("bad subject credit code", SampleRecords.creditListEntry(1),
                        d -> d.put("uscc", "914403001922038217"), tuple("uscc", Rules.USCC_CHECKSUM)),
                rejection("unknown subject category", SampleRecords.creditListEntry(1),
                        d -> d.put("subjectCategory", "企业"), tuple("subjectCategory", Rules.FORMAT)));
    }

    private static ObjectNode naturalPerson() {
        ObjectNode data = SampleRecords.creditListEntry(1);
        data.remove("uscc");
        data.put("subjectName", "李示例");
        data.put("subjectCategory", "自然人");
        data.put("idType", "身份证");
        data.put("idNumber", EXAMPLE_ID_NUMBER);
        return data;
    }
}
