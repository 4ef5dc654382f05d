package cn.jining.credithub.contracts.schema;

import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.validation.RecordChecker;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The JSON Schema of the REST submission envelope: source, batch, and records whose data is checked
 * against the schema of the record's category. Category schemas are bundled under {@code $defs}, so
 * this one file validates a whole submission.
 */
final class JsonSubmissionSchema {

    /**
     * Source ids as the source registry accepts them (gateway's SourceRegistryFactory); repeated here
     * because contracts may not depend on the gateway.
     */
    static final String SOURCE_ID_PATTERN = "^[a-z0-9][a-z0-9-]{1,63}$";
    /** The intake's bound on batch ids (routes' IntakeService.MAX_BATCH_ID), repeated for the same reason. */
    static final int MAX_BATCH_ID = 64;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonSubmissionSchema() {
    }

    static ObjectNode of() {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", JsonRecordSchema.DIALECT);
        schema.put("$id", SchemaFiles.id(SchemaFiles.SUBMISSION_JSON));
        schema.put("title", "数据报送批次");
        schema.put("description", "One batch of records from one source, as POST /api/v1/submissions takes it");
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("sourceId").put("description", "数据来源标识").put("type", "string")
                .put("pattern", SOURCE_ID_PATTERN);
        text(properties.putObject("batchId").put("description", "批次标识"), MAX_BATCH_ID);
        properties.putObject("records").put("description", "记录").put("type", "array").put("minItems", 1)
                .putObject("items").put("$ref", "#/$defs/record");
        schema.putArray("required").add("sourceId").add("batchId").add("records");
        schema.put("additionalProperties", false);
        ObjectNode defs = schema.putObject("$defs");
        defs.set("record", record());
        for (RecordCategory category : RecordCategory.values()) {
            ObjectNode embedded = JsonRecordSchema.of(category);
            // The bundled copy is reached by JSON pointer; its own $schema and $id would make it a
            // separate resource, which pointers should not cross.
            embedded.remove("$schema");
            embedded.remove("$id");
            defs.set(category.name(), embedded);
        }
        return schema;
    }

    private static ObjectNode record() {
        ObjectNode record = NODES.objectNode().put("type", "object");
        ObjectNode properties = record.putObject("properties");
        text(properties.putObject("recordId").put("description", "记录标识"), RecordChecker.MAX_RECORD_ID);
        ArrayNode categories = properties.putObject("category").put("description", "数据类别")
                .put("type", "string").putArray("enum");
        for (RecordCategory category : RecordCategory.values()) {
            forms(category).forEach(categories::add);
        }
        properties.putObject("data").put("description", "记录字段").put("type", "object");
        record.putArray("required").add("recordId").add("category").add("data");
        record.put("additionalProperties", false);
        ArrayNode byCategory = record.putArray("oneOf");
        for (RecordCategory category : RecordCategory.values()) {
            ObjectNode branch = byCategory.addObject();
            ObjectNode branchProperties = branch.putObject("properties");
            forms(category).forEach(branchProperties.putObject("category").putArray("enum")::add);
            branchProperties.putObject("data").put("$ref", "#/$defs/" + category.name());
        }
        return record;
    }

    /** A category is named by its code or its Chinese label (RecordCategory.of takes either). */
    private static Set<String> forms(RecordCategory category) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(category.name());
        forms.add(category.label());
        return forms;
    }

    private static void text(ObjectNode property, int maxLength) {
        property.put("type", "string").put("minLength", 1).put("maxLength", maxLength);
    }
}
