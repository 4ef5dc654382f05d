package cn.jining.credithub.contracts.validation;

import static cn.jining.credithub.contracts.validation.CategoryFixture.acceptance;
import static cn.jining.credithub.contracts.validation.CategoryFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.sample.SampleRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnterpriseBasicsRulesTest {

    private final CategoryFixture fixture = new CategoryFixture(RecordCategory.ENTERPRISE_BASICS);

    @Test
    void acceptsTheSampleAsALegalPersonKeyedByItsCreditCode() {
        AcceptedRecord accepted = fixture.accept(SampleRecords.enterpriseBasics(5));
        assertThat(accepted.category()).isEqualTo("ENTERPRISE_BASICS");
        assertThat(accepted.subjectCategory()).isEqualTo("LEGAL_PERSON");
        assertThat(accepted.subjectCode()).isEqualTo(SampleRecords.enterpriseUscc(5));
        // The fixed subject category is not part of the record's data.
        assertThat(accepted.data().has("subjectCategory")).isFalse();
        assertThat(accepted.data().get("registeredCapital").decimalValue()).isEqualByComparingTo("105");
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"name", "uscc", "enterpriseType", "legalRepresentative", "establishmentDate",
            "registrationAuthority", "businessScope", "address", "registrationStatus", "region"})
    void requiredFields(String field) {
        ObjectNode data = SampleRecords.enterpriseBasics(1);
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
                acceptance("no registered capital (a partnership)", SampleRecords.enterpriseBasics(1),
                        d -> d.remove("registeredCapital")),
                acceptance("status 吊销", SampleRecords.enterpriseBasics(1), d -> d.put("registrationStatus", "吊销")),
                acceptance("status by code", SampleRecords.enterpriseBasics(1), d -> d.put("registrationStatus", "04")),
                acceptance("region of the city", SampleRecords.enterpriseBasics(1), d -> d.put("region", "370800")),
                acceptance("established today", SampleRecords.enterpriseBasics(1),
                        d -> d.put("establishmentDate", CategoryFixture.TODAY.toString())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejects(String name, ObjectNode data, List<Tuple> expected) {
        assertThat(fixture.violations(data)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> rejections() {
        return Stream.of(
                rejection("status not in registration-status", SampleRecords.enterpriseBasics(1),
                        d -> d.put("registrationStatus", "营业"), tuple("registrationStatus", Rules.CODE_TABLE)),
                rejection("region not a division code", SampleRecords.enterpriseBasics(1),
                        d -> d.put("region", "379999"), tuple("region", Rules.DIVISION_CODE)),
                rejection("established in the future", SampleRecords.enterpriseBasics(1),
                        d -> d.put("establishmentDate", CategoryFixture.TODAY.plusDays(1).toString()),
                        tuple("establishmentDate", Rules.DATE_IN_FUTURE)),
                rejection("negative registered capital", SampleRecords.enterpriseBasics(1),
                        d -> d.put("registeredCapital", new BigDecimal("-1")),
                        tuple("registeredCapital", Rules.AMOUNT_NEGATIVE)),
                rejection("bad credit code", SampleRecords.enterpriseBasics(1),
                        d -> d.put("uscc", "914403001922038217"), tuple("uscc", Rules.USCC_CHECKSUM)),
                rejection("a subject category of its own", SampleRecords.enterpriseBasics(1),
                        d -> d.put("subjectCategory", "法人及非法人组织"), tuple("subjectCategory", Rules.UNKNOWN_FIELD)));
    }
}
