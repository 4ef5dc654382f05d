package cn.jining.credithub.contracts.validation;

import static cn.jining.credithub.contracts.validation.CategoryFixture.acceptance;
import static cn.jining.credithub.contracts.validation.CategoryFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jining.credithub.contracts.code.TestCodes;
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

class NaturalPersonBasicsRulesTest {

    /** Sample 1: born 1960-01-02, sequence 001 (a man), registered in 任城区. */
    private static final String MAN_BORN_1960_01_02 = "37081119600102001";

    private final CategoryFixture fixture = new CategoryFixture(RecordCategory.NATURAL_PERSON_BASICS);

    @Test
    void sampleOneIsTheManTheseTestsAssume() {
        ObjectNode sample = man();
        assertThat(sample.get("idNumber").asText()).isEqualTo(TestCodes.idNumber(MAN_BORN_1960_01_02));
        assertThat(sample.get("gender").asText()).isEqualTo("男性");
        assertThat(sample.get("birthDate").asText()).isEqualTo("1960-01-02");
        assertThat(SampleRecords.naturalPersonBasics(2).get("gender").asText()).isEqualTo("女性");
    }

    @Test
    void acceptsTheSampleAsANaturalPersonKeyedByIdNumber() {
        AcceptedRecord accepted = fixture.accept(man());
        assertThat(accepted.category()).isEqualTo("NATURAL_PERSON_BASICS");
        assertThat(accepted.subjectCategory()).isEqualTo("NATURAL_PERSON");
        assertThat(accepted.subjectCode()).isEqualTo("身份证:" + TestCodes.idNumber(MAN_BORN_1960_01_02));
        assertThat(accepted.data().has("subjectCategory")).isFalse();
        fixture.accept(SampleRecords.naturalPersonBasics(2));
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"name", "idType", "idNumber"})
    void requiredFields(String field) {
        ObjectNode data = man();
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
                acceptance("no gender", man(), d -> d.remove("gender")),
                acceptance("no birth date", man(), d -> d.remove("birthDate")),
                acceptance("no region", man(), d -> d.remove("region")),
                acceptance("gender by code", man(), d -> d.put("gender", "1")),
                acceptance("gender 未说明的性别 states nothing to contradict", man(), d -> d.put("gender", "未说明的性别")),
                acceptance("gender 未知的性别 states nothing to contradict", man(), d -> d.put("gender", "0")),
                acceptance("unknown county of a known province", man(),
                        d -> d.put("idNumber", TestCodes.idNumber("37089919600102001"))),
                acceptance("a passport carries no birth date or sex to compare", man(),
                        d -> d.put("idType", "护照号").put("idNumber", "E12345678").put("gender", "女性")
                                .put("birthDate", "1991-07-30")),
                acceptance("born today", man(), d -> d.put("idType", "护照号").put("idNumber", "E12345678")
                        .put("birthDate", CategoryFixture.TODAY.toString())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejects(String name, ObjectNode data, List<Tuple> expected) {
        assertThat(fixture.violations(data)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> rejections() {
        return Stream.of(
                rejection("gender not in the GB/T 2261.1 table", man(), d -> d.put("gender", "男"),
                        tuple("gender", Rules.CODE_TABLE)),
                rejection("gender against the ID number's sex digit", man(), d -> d.put("gender", "女性"),
                        tuple("gender", Rules.INCONSISTENT)),
                rejection("gender by code against the ID number", man(), d -> d.put("gender", "2"),
                        tuple("gender", Rules.INCONSISTENT)),
                rejection("birth date against the ID number", man(), d -> d.put("birthDate", "1960-01-03"),
                        tuple("birthDate", Rules.INCONSISTENT)),
                rejection("birth date in the future", man(),
                        d -> d.put("idType", "护照号").put("idNumber", "E12345678")
                                .put("birthDate", CategoryFixture.TODAY.plusDays(1).toString()),
                        tuple("birthDate", Rules.DATE_IN_FUTURE)),
                rejection("ID number from no province", man(),
                        d -> d.put("idNumber", TestCodes.idNumber("99081119600102001")),
                        tuple("idNumber", Rules.ID_NUMBER_DIVISION)),
                rejection("a wrong ID number is not compared with the other fields", man(),
                        d -> d.put("idNumber", withWrongCheckChar(MAN_BORN_1960_01_02)).put("gender", "女性")
                                .put("birthDate", "1970-01-01"),
                        tuple("idNumber", Rules.ID_NUMBER_CHECKSUM)),
                rejection("region not a division code", man(), d -> d.put("region", "370899"),
                        tuple("region", Rules.DIVISION_CODE)),
                rejection("id type not in id-type", man(), d -> d.put("idType", "驾驶证"),
                        tuple("idType", Rules.CODE_TABLE)));
    }

    @Test
    void personalValuesAreMaskedInViolations() {
        ObjectNode data = man();
        data.put("idNumber", TestCodes.idNumber("99081119600102001"));
        List<Violation> violations = fixture.check(data).violations();
        assertThat(violations).extracting(Violation::field).containsExactlyInAnyOrder("idNumber");
        assertThat(violations).allSatisfy(v -> assertThat(v.value()).contains("*").doesNotContain("19600102"));

        ObjectNode wrongBirth = man();
        wrongBirth.put("birthDate", "1960-01-03");
        Violation birth = fixture.check(wrongBirth).violations().get(0);
        assertThat(birth.value()).isNotNull().doesNotContain("1960-01-03");
        assertThat(birth.message()).contains("birthDate", "idNumber");
        assertThat(birth.messageZh()).contains("出生日期", "证件号码");
    }

    private static String withWrongCheckChar(String first17) {
        String valid = TestCodes.idNumber(first17);
        return first17 + (valid.endsWith("0") ? "1" : "0");
    }

    private static ObjectNode man() {
        return SampleRecords.naturalPersonBasics(1);
    }
}
