package cn.jining.credithub.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jining.credithub.contracts.code.TestCodes;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.contracts.validation.RecordChecker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated ADMIN_PENALTY JSON Schema, checked by an independent validator against sample records. */
class PenaltyJsonSchemaTest {

    private static final Schema SCHEMA = PublishedSchemas.jsonSchema("ADMIN_PENALTY.schema.json");
    private static final RecordChecker CHECKER = new RecordChecker(
            Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

    @Test
    void acceptsTheSampleRecords() {
        for (int n = 1; n <= 20; n++) {
            assertThat(errors(SampleRecords.penalty(n))).as("sample %d", n).isEmpty();
        }
    }

    static List<String> requiredFields() {
        List<String> required = new ArrayList<>();
        PublishedSchemas.json("ADMIN_PENALTY.schema.json").get("required").forEach(n -> required.add(n.asText()));
        return required;
    }

    /** The schema and the hub's checker agree on every field the schema requires of every record. */
    @ParameterizedTest
    @MethodSource("requiredFields")
    void refusesARecordWithoutARequiredField(String field) {
        ObjectNode record = SampleRecords.penalty(1);
        record.remove(field);

        assertThat(errors(record)).extracting(Error::getKeyword, Error::getProperty).contains(
                tuple("required", field));
        assertThat(CHECKER.check(new SubmittedRecord("r-1", RecordCategory.ADMIN_PENALTY.name(), record))
                .violations()).anySatisfy(v -> assertThat(v.field()).isEqualTo(field));
    }

    @Test
    void requiresByKindOfSubject() {
        ObjectNode legalPerson = SampleRecords.penalty(1);
        legalPerson.remove("legalRepresentative");
        assertThat(errors(legalPerson)).extracting(Error::getProperty).contains("legalRepresentative");

        ObjectNode naturalPerson = naturalPerson();
        assertThat(errors(naturalPerson)).isEmpty();
        naturalPerson.remove("idNumber");
        assertThat(errors(naturalPerson)).extracting(Error::getProperty).contains("idNumber");
    }

    @Test
    void aResidentIdCardNumberHasTheResidentIdForm() {
        assertThat(errors(with(naturalPerson(), r -> r.put("idNumber", "E12345678")))).isNotEmpty();
        assertThat(errors(with(naturalPerson(), r -> r.put("idType", "002").put("idNumber", "E12345678"))))
                .isEmpty();
    }

    @Test
    void acceptsCodesOfTheCodeTableAsWellAsLabels() {
        assertThat(errors(with(SampleRecords.penalty(1), r -> r.putArray("penaltyKinds").add("03").add("警告"))))
                .isEmpty();
        assertThat(errors(with(SampleRecords.penalty(1), r -> r.putArray("penaltyKinds").add("打板子"))))
                .isNotEmpty();
        assertThat(errors(with(SampleRecords.penalty(1), r -> r.putArray("penaltyKinds")))).isNotEmpty();
    }

    @Test
    void refusesWrongFormsAndUnknownFields() {
        List<Consumer<ObjectNode>> wrong = List.of(
                r -> r.put("decisionDate", "2026/03/01"),
                r -> r.put("decisionDate", "2026-02-30"),
                r -> r.put("fineAmount", new BigDecimal("-1")),
                r -> r.put("fineAmount", new BigDecimal("0.0000001")),
                r -> r.put("fineAmount", "2"),
                r -> r.put("uscc", "91370800100000016"),
                r -> r.put("subjectCategory", "企业"),
                r -> r.put("remarks", "bell\u0007"),
                r -> r.put("subjectName", "济".repeat(201)),
                r -> r.put("nickname", "x"));
        for (Consumer<ObjectNode> change : wrong) {
            assertThat(errors(with(SampleRecords.penalty(1), change))).isNotEmpty();
        }
        assertThat(errors(with(SampleRecords.penalty(1), r -> r.put("fineAmount", new BigDecimal("2.125")))))
                .isEmpty();
    }

    private static ObjectNode naturalPerson() {
        ObjectNode record = SampleRecords.penalty(1);
        record.remove("uscc");
        record.remove("legalRepresentative");
        return record.put("subjectName", "张示例").put("subjectCategory", "自然人").put("idType", "身份证")
                .put("idNumber", TestCodes.EXAMPLE_ID_NUMBER);
    }

    private static ObjectNode with(ObjectNode record, Consumer<ObjectNode> change) {
        change.accept(record);
        return record;
    }

    private static List<Error> errors(JsonNode record) {
        return PublishedSchemas.validate(SCHEMA, record);
    }
}
