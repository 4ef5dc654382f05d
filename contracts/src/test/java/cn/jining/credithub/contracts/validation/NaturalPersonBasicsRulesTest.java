package cn.jining.credithub.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jining.credithub.contracts.code.TestCodes;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.sample.SampleRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** The valid record these tests change, {@link #valid()}, is sample 1: a man. */
class NaturalPersonBasicsRulesTest extends CategoryRulesTest {

    /** Sample 1: born 1960-01-02, sequence 001 (a man), registered in 任城区. */
    private static final String MAN_BORN_1960_01_02 = "37081119600102001";

    NaturalPersonBasicsRulesTest() {
        super(RecordCategory.NATURAL_PERSON_BASICS);
    }

    @Test
    void sampleOneIsTheManTheseTestsAssume() {
        ObjectNode sample = valid();
        assertThat(sample.get("idNumber").asText()).isEqualTo(TestCodes.idNumber(MAN_BORN_1960_01_02));
        assertThat(sample.get("gender").asText()).isEqualTo("男性");
        assertThat(sample.get("birthDate").asText()).isEqualTo("1960-01-02");
        assertThat(SampleRecords.naturalPersonBasics(2).get("gender").asText()).isEqualTo("女性");
    }

    @Test
    void acceptsTheSampleAsANaturalPersonKeyedByIdNumber() {
        AcceptedRecord accepted = fixture.acceptAs(valid(), "NATURAL_PERSON",
                "身份证:" + TestCodes.idNumber(MAN_BORN_1960_01_02));
        assertThat(accepted.data().has("subjectCategory")).isFalse();
        fixture.accept(SampleRecords.naturalPersonBasics(2));
    }

    @Override
    Stream<String> requiredFields() {
        return Stream.of("name", "idType", "idNumber");
    }

    @Override
    Stream<Arguments> acceptances() {
        return Stream.of(
                acceptance("no gender", d -> d.remove("gender")),
                acceptance("no birth date", d -> d.remove("birthDate")),
                acceptance("no region", d -> d.remove("region")),
                acceptance("gender by code", d -> d.put("gender", "1")),
                acceptance("gender 未说明的性别 states nothing to contradict", d -> d.put("gender", "未说明的性别")),
                acceptance("gender 未知的性别 states nothing to contradict", d -> d.put("gender", "0")),
                acceptance("unknown county of a known province",
                        d -> d.put("idNumber", TestCodes.idNumber("37089919600102001"))),
                acceptance("a passport carries no birth date or sex to compare",
                        d -> d.put("idType", "护照号").put("idNumber", "E12345678").put("gender", "女性")
                                .put("birthDate", "1991-07-30")),
                acceptance("born today", d -> d.put("idType", "护照号").put("idNumber", "E12345678")
                        .put("birthDate", CategoryFixture.TODAY.toString())));
    }

    @Override
    Stream<Arguments> rejections() {
        return Stream.of(
                rejection("gender not in the GB/T 2261.1 table", d -> d.put("gender", "男"),
                        tuple("gender", Rules.CODE_TABLE)),
                rejection("gender against the ID number's sex digit", d -> d.put("gender", "女性"),
                        tuple("gender", Rules.INCONSISTENT)),
                rejection("gender by code against the ID number", d -> d.put("gender", "2"),
                        tuple("gender", Rules.INCONSISTENT)),
                rejection("birth date against the ID number", d -> d.put("birthDate", "1960-01-03"),
                        tuple("birthDate", Rules.INCONSISTENT)),
                rejection("birth date in the future",
                        d -> d.put("idType", "护照号").put("idNumber", "E12345678")
                                .put("birthDate", CategoryFixture.TODAY.plusDays(1).toString()),
                        tuple("birthDate", Rules.DATE_IN_FUTURE)),
                rejection("ID number from no province",
                        d -> d.put("idNumber", TestCodes.idNumber("99081119600102001")),
                        tuple("idNumber", Rules.ID_NUMBER_DIVISION)),
                rejection("a wrong ID number is not compared with the other fields",
                        d -> d.put("idNumber", withWrongCheckChar(MAN_BORN_1960_01_02)).put("gender", "女性")
                                .put("birthDate", "1970-01-01"),
                        tuple("idNumber", Rules.ID_NUMBER_CHECKSUM)),
                rejection("region not a division code", d -> d.put("region", "370899"),
                        tuple("region", Rules.DIVISION_CODE)),
                rejection("id type not in id-type", d -> d.put("idType", "驾驶证"),
                        tuple("idType", Rules.CODE_TABLE)));
    }

    @Test
    void personalValuesAreMaskedInViolations() {
        ObjectNode data = valid();
        data.put("idNumber", TestCodes.idNumber("99081119600102001"));
        List<Violation> violations = fixture.check(data).violations();
        assertThat(violations).extracting(Violation::field).containsExactlyInAnyOrder("idNumber");
        assertThat(violations).allSatisfy(v -> assertThat(v.value()).contains("*").doesNotContain("19600102"));

        ObjectNode wrongBirth = valid();
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
}
