package cn.jining.credithub.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.record.FieldSpec;
import cn.jining.credithub.contracts.record.Presence;
import cn.jining.credithub.contracts.record.RecordCategory;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaGeneratorTest {

    @Test
    void writesBothSchemasOfEveryCategoryAndTheSubmissionSchema(@TempDir Path folder) throws IOException {
        List<Path> written = SchemaGenerator.generate(folder);

        List<String> expected = new ArrayList<>();
        for (RecordCategory category : RecordCategory.values()) {
            expected.add(SchemaFiles.jsonFile(category));
            expected.add(SchemaFiles.xsdFile(category));
        }
        expected.add(SchemaFiles.SUBMISSION_JSON);
        assertThat(written).extracting(path -> path.getFileName().toString()).containsExactlyInAnyOrderElementsOf(expected);
        for (Path file : written) {
            assertThat(file).isNotEmptyFile();
        }
    }

    /** The build ran the generator: the jar ships every file, and it is what the model generates today. */
    @Test
    void theShippedSchemasAreTheGeneratedOnes(@TempDir Path folder) throws IOException {
        for (Path generated : SchemaGenerator.generate(folder)) {
            try (InputStream shipped = PublishedSchemas.open(generated.getFileName().toString())) {
                assertThat(shipped.readAllBytes()).as(generated.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(generated));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(RecordCategory.class)
    void everyCategorySchemaIsValidDraft202012(RecordCategory category) {
        JsonNode schema = PublishedSchemas.json(SchemaFiles.jsonFile(category));

        assertThat(PublishedSchemas.validate(PublishedSchemas.metaSchema(), schema)).isEmpty();
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void theSubmissionSchemaIsValidDraft202012() {
        JsonNode schema = PublishedSchemas.json(SchemaFiles.SUBMISSION_JSON);

        assertThat(PublishedSchemas.validate(PublishedSchemas.metaSchema(), schema)).isEmpty();
        assertThat(schema.at("/$defs/record/oneOf")).hasSize(RecordCategory.values().length);
    }

    /** Every field of the model, in declaration order, with its Chinese name; ALWAYS fields required. */
    @ParameterizedTest
    @EnumSource(RecordCategory.class)
    void propertiesFollowTheFieldDescriptions(RecordCategory category) {
        JsonNode schema = PublishedSchemas.json(SchemaFiles.jsonFile(category));
        List<FieldSpec> specs = FieldSpec.of(category.recordType());

        List<String> names = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(specs.stream().map(FieldSpec::name).toList());
        for (FieldSpec spec : specs) {
            assertThat(schema.at("/properties/" + spec.name() + "/description").asText()).isEqualTo(spec.field().zh());
        }
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(node -> required.add(node.asText()));
        assertThat(required).containsExactlyElementsOf(specs.stream()
                .filter(spec -> spec.field().presence() == Presence.ALWAYS).map(FieldSpec::name).toList());
    }

    @Test
    void penaltyFieldsHaveTheirTypesFormatsAndCodeTables() {
        JsonNode properties = PublishedSchemas.json("ADMIN_PENALTY.schema.json").get("properties");

        assertThat(properties.at("/decisionDate/format").asText()).isEqualTo("date");
        assertThat(properties.at("/fineAmount/type").asText()).isEqualTo("number");
        assertThat(properties.at("/penaltyKinds/type").asText()).isEqualTo("array");
        assertThat(properties.at("/penaltyKinds/items/enum")).extracting(JsonNode::asText)
                .contains("罚款", "警告", "03").doesNotContain("未知");
        assertThat(properties.at("/subjectCategory/enum")).extracting(JsonNode::asText)
                .containsExactly("法人及非法人组织", "自然人", "个体工商户", "LEGAL_PERSON", "NATURAL_PERSON",
                        "INDIVIDUAL_BUSINESS");
        assertThat(properties.at("/subjectName/maxLength").asInt()).isEqualTo(200);
        assertThat(properties.at("/uscc/pattern").asText()).isEqualTo("^[0123456789ABCDEFGHJKLMNPQRTUWXY]{18}$");
    }
}
