package cn.jining.credithub.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.exchange.Submission;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.sample.SampleRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The submission envelope schema: the envelope's own fields, and each record's data by its category. */
class SubmissionJsonSchemaTest {

    private static final Schema SCHEMA = PublishedSchemas.jsonSchema(SchemaFiles.SUBMISSION_JSON);

    @Test
    void acceptsABatchOfSampleRecords() {
        assertThat(PublishedSchemas.validate(SCHEMA, batch())).isEmpty();
    }

    @Test
    void acceptsTheCategoryByItsChineseLabel() {
        ObjectNode batch = batch();
        record(batch, 0).put("category", "行政处罚");

        assertThat(PublishedSchemas.validate(SCHEMA, batch)).isEmpty();
    }

    @Test
    void checksEachRecordsDataAgainstItsCategorySchema() {
        ObjectNode batch = batch();
        ((ObjectNode) record(batch, 1).get("data")).remove("decisionNumber");

        assertThat(PublishedSchemas.validate(SCHEMA, batch)).isNotEmpty()
                .anySatisfy(e -> assertThat(e.getInstanceLocation().toString()).contains("records").contains("1"));
    }

    @Test
    void refusesABadEnvelope() {
        assertThat(PublishedSchemas.validate(SCHEMA, with(batch(), b -> b.putArray("records")))).isNotEmpty();
        assertThat(PublishedSchemas.validate(SCHEMA, with(batch(), b -> b.remove("batchId")))).isNotEmpty();
        assertThat(PublishedSchemas.validate(SCHEMA, with(batch(), b -> b.put("sourceId", "JN AMR")))).isNotEmpty();
        assertThat(PublishedSchemas.validate(SCHEMA, with(batch(), b -> record(b, 0).put("category", "UNKNOWN"))))
                .isNotEmpty();
        assertThat(PublishedSchemas.validate(SCHEMA, with(batch(), b -> record(b, 0).put("recordId", "r".repeat(65)))))
                .isNotEmpty();
    }

    private static ObjectNode batch() {
        Submission submission = new Submission("jn-amr", "2026-11-26-0001",
                List.of(SampleRecords.penaltyRecord("P-0001", 1), SampleRecords.penaltyRecord("P-0002", 2)));
        return ContractsJson.mapper().valueToTree(submission);
    }

    private static ObjectNode record(JsonNode batch, int index) {
        return (ObjectNode) ((ArrayNode) batch.get("records")).get(index);
    }

    private static ObjectNode with(ObjectNode batch, Consumer<ObjectNode> change) {
        change.accept(batch);
        return batch;
    }
}
