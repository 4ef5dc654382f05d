package cn.jining.credithub.contracts.validation;

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

class NonEnterpriseLegalPersonBasicsRulesTest {

    private final CategoryFixture fixture = new CategoryFixture(RecordCategory.NON_ENTERPRISE_BASICS);

    @Test
    void acceptsTheSampleAsALegalPersonKeyedByItsCreditCode() {
        ObjectNode sample = SampleRecords.nonEnterpriseBasics(2);
        AcceptedRecord accepted = fixture.accept(sample);
        assertThat(accepted.category()).isEqualTo("NON_ENTERPRISE_BASICS");
        assertThat(accepted.subjectCategory()).isEqualTo("LEGAL_PERSON");
        assertThat(accepted.subjectCode()).isEqualTo(sample.get("uscc").asText());
        assertThat(accepted.data().has("subjectCategory")).isFalse();
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"name", "uscc", "kind", "legalRepresentative", "registrationAuthority", "address",
            "region", "registrationStatus"})
    void requiredFields(String field) {
        ObjectNode data = SampleRecords.nonEnterpriseBasics(1);
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
                acceptance("a public institution", SampleRecords.nonEnterpriseBasics(1), d -> d.put("kind", "事业单位")),
                acceptance("kind by code", SampleRecords.nonEnterpriseBasics(1), d -> d.put("kind", "05")),
                acceptance("deregistered", SampleRecords.nonEnterpriseBasics(1),
                        d -> d.put("registrationStatus", "注销")),
                acceptance("region of a county", SampleRecords.nonEnterpriseBasics(1), d -> d.put("region", "370881")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejects(String name, ObjectNode data, List<Tuple> expected) {
        assertThat(fixture.violations(data)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> rejections() {
        return Stream.of(
                rejection("kind not in legal-person-kind", SampleRecords.nonEnterpriseBasics(1),
                        d -> d.put("kind", "企业"), tuple("kind", Rules.CODE_TABLE)),
                rejection("status not in registration-status", SampleRecords.nonEnterpriseBasics(1),
                        d -> d.put("registrationStatus", "正常"), tuple("registrationStatus", Rules.CODE_TABLE)),
                rejection("region not a division code", SampleRecords.nonEnterpriseBasics(1),
                        d -> d.put("region", "3708"), tuple("region", Rules.DIVISION_CODE)),
                rejection("bad credit code", SampleRecords.nonEnterpriseBasics(1),
                        d -> d.put("uscc", "51370800MA"), tuple("uscc", Rules.USCC_FORMAT)),
                rejection("a subject category of its own", SampleRecords.nonEnterpriseBasics(1),
                        d -> d.put("subjectCategory", "法人及非法人组织"), tuple("subjectCategory", Rules.UNKNOWN_FIELD)));
    }
}
