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

class AdministrativeLicenceRulesTest {

    private final CategoryFixture fixture = new CategoryFixture(RecordCategory.ADMIN_LICENCE);

    @Test
    void acceptsTheSample() {
        AcceptedRecord accepted = fixture.accept(SampleRecords.licence(7));
        assertThat(accepted.category()).isEqualTo("ADMIN_LICENCE");
        assertThat(accepted.subjectCategory()).isEqualTo("LEGAL_PERSON");
        assertThat(accepted.subjectCode()).isEqualTo(SampleRecords.enterpriseUscc(7));
        assertThat(accepted.data().has("category")).isFalse();
    }

    @Test
    void acceptsANaturalPersonByIdNumber() {
        AcceptedRecord accepted = fixture.accept(naturalPerson());
        assertThat(accepted.subjectCategory()).isEqualTo("NATURAL_PERSON");
        assertThat(accepted.subjectCode()).isEqualTo("身份证:" + EXAMPLE_ID_NUMBER);
    }

    @ParameterizedTest(name = "legal person without {0}")
    @ValueSource(strings = {"subjectName", "subjectCategory", "uscc", "decisionDocumentName", "decisionNumber",
            "licenceKind", "licenceContent", "decisionDate", "validFrom", "validTo", "authority", "authorityUscc",
            "currentStatus", "dataSource", "dataSourceUscc"})
    void requiredFields(String field) {
        ObjectNode data = SampleRecords.licence(1);
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
                acceptance("no legal representative: the licence list does not require one", SampleRecords.licence(1),
                        d -> d.remove("legalRepresentative")),
                acceptance("validFrom before decisionDate: not a rule of the standard", SampleRecords.licence(1),
                        d -> d.put("validFrom", "2025-01-01")),
                acceptance("validTo on validFrom", SampleRecords.licence(1),
                        d -> d.put("validTo", d.get("validFrom").asText())),
                acceptance("decisionDate today", SampleRecords.licence(1),
                        d -> d.put("decisionDate", CategoryFixture.TODAY.toString())),
                acceptance("licence kind 特许", SampleRecords.licence(1), d -> d.put("licenceKind", "特许")),
                acceptance("licence kind by code", SampleRecords.licence(1), d -> d.put("licenceKind", "05")),
                acceptance("status 无效", SampleRecords.licence(1), d -> d.put("currentStatus", "无效")),
                acceptance("optional certificate fields absent", SampleRecords.licence(1),
                        d -> d.remove(List.of("certificateName", "licenceNumber"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejects(String name, ObjectNode data, List<Tuple> expected) {
        assertThat(fixture.violations(data)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> rejections() {
        return Stream.of(
                rejection("licence kind not in licence-kind", SampleRecords.licence(1), d -> d.put("licenceKind", "许可"),
                        tuple("licenceKind", Rules.CODE_TABLE)),
                rejection("status not in licence-status", SampleRecords.licence(1), d -> d.put("currentStatus", "过期"),
                        tuple("currentStatus", Rules.CODE_TABLE)),
                rejection("validTo before validFrom", SampleRecords.licence(1), d -> d.put("validTo", "2026-02-28"),
                        tuple("validTo", Rules.DATE_ORDER)),
                rejection("decisionDate in the future", SampleRecords.licence(1),
                        d -> d.put("decisionDate", CategoryFixture.TODAY.plusDays(1).toString()),
                        tuple("decisionDate", Rules.DATE_IN_FUTURE)),
                rejection("bad authority credit code", SampleRecords.licence(1),
                        d -> d.put("authorityUscc", "914403001922038217"), tuple("authorityUscc", Rules.USCC_CHECKSUM)),
                rejection("bad id number of a natural person", naturalPerson(),
                        d -> d.put("idNumber", "110105194912310021"), tuple("idNumber", Rules.ID_NUMBER_CHECKSUM)),
                rejection("decision number too long", SampleRecords.licence(1),
                        d -> d.put("decisionNumber", "号".repeat(129)), tuple("decisionNumber", Rules.TOO_LONG)));
    }

    private static ObjectNode naturalPerson() {
        ObjectNode data = SampleRecords.licence(1);
        data.remove(List.of("uscc", "legalRepresentative"));
        data.put("subjectName", "李示例");
        data.put("subjectCategory", "自然人");
        data.put("idType", "身份证");
        data.put("idNumber", EXAMPLE_ID_NUMBER);
        return data;
    }
}
