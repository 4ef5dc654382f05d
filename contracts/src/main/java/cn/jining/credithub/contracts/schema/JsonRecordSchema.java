package cn.jining.credithub.contracts.schema;

import cn.jining.credithub.contracts.code.CodeTable;
import cn.jining.credithub.contracts.record.FieldSpec;
import cn.jining.credithub.contracts.record.Presence;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectCategory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The JSON Schema (draft 2020-12) of one record category, generated from its fields' {@code @Field} descriptions. */
final class JsonRecordSchema {

    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    /** Characters the validator refuses in text (Character.isISOControl less tab, LF and CR), as ECMA-262 ranges. */
    private static final String FREE_TEXT = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonRecordSchema() {
    }

    static ObjectNode of(RecordCategory category) {
        List<FieldSpec> specs = FieldSpec.of(category.recordType());
        List<FieldConstraints> fields = FieldConstraints.of(specs);
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", SchemaFiles.id(SchemaFiles.jsonFile(category)));
        schema.put("title", category.label());
        schema.put("description", category.label() + " (" + category.name()
                + "): the fields of one record, named as in a submission's data");
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        fields.forEach(field -> properties.set(field.name(), property(field)));
        ArrayNode required = schema.putArray("required");
        fields.stream().filter(f -> f.presence() == Presence.ALWAYS).forEach(f -> required.add(f.name()));
        schema.put("additionalProperties", false);
        ArrayNode conditions = NODES.arrayNode();
        subjectConditions(specs, fields, conditions);
        documentConditions(specs, fields, conditions);
        if (!conditions.isEmpty()) {
            schema.set("allOf", conditions);
        }
        return schema;
    }

    private static ObjectNode property(FieldConstraints field) {
        ObjectNode property = NODES.objectNode().put("description", field.zh());
        if (!field.repeated()) {
            return property.setAll(value(field));
        }
        // An empty list counts as absent for the hub, so a list that is sent holds at least one value.
        property.put("type", "array").put("minItems", 1);
        property.set("items", value(field));
        return property;
    }

    private static ObjectNode value(FieldConstraints field) {
        ObjectNode value = NODES.objectNode();
        switch (field.type()) {
            case TEXT -> {
                value.put("type", "string");
                if (!field.choices().isEmpty()) {
                    field.choices().forEach(value.putArray("enum")::add);
                } else {
                    value.put("minLength", 1).put("maxLength", field.maxLength());
                    value.put("pattern", field.pattern() == null ? FREE_TEXT : "^" + field.pattern() + "$");
                }
            }
            // "format" alone is an annotation in 2020-12; the pattern keeps the form checked everywhere.
            case DATE -> value.put("type", "string").put("format", "date")
                    .put("pattern", "^" + FieldConstraints.DATE_PATTERN + "$");
            case DATE_TIME -> value.put("type", "string").put("format", "date-time");
            case DECIMAL -> value.put("type", "number").put("minimum", 0)
                    .put("exclusiveMaximum", FieldConstraints.AMOUNT_LIMIT)
                    .put("multipleOf", FieldConstraints.AMOUNT_STEP);
            case INTEGER -> value.put("type", "integer");
            case BOOLEAN -> value.put("type", "boolean");
        }
        return value;
    }

    /** One if/then per kind of conditional presence: the subjects it applies to, and the fields it requires. */
    private static void subjectConditions(List<FieldSpec> specs, List<FieldConstraints> fields, ArrayNode out) {
        String subjectField = specs.stream().filter(s -> s.type() == SubjectCategory.class)
                .map(FieldSpec::name).findFirst().orElse(null);
        for (Presence presence : Presence.values()) {
            List<String> names = fields.stream().filter(f -> f.presence() == presence).map(FieldConstraints::name)
                    .toList();
            if (presence == Presence.ALWAYS || presence == Presence.OPTIONAL || names.isEmpty()) {
                continue;
            }
            if (subjectField == null) {
                throw new IllegalStateException("fields " + names + " are required by subject category, but the "
                        + "record has no SubjectCategory field");
            }
            List<SubjectCategory> subjects = Arrays.stream(SubjectCategory.values())
                    .filter(presence::requiredFor).toList();
            ObjectNode condition = out.addObject().put("description", "required for " + presence + " subjects");
            condition.set("if", whenOneOf(subjectField, FieldConstraints.enumForms(subjects)));
            names.forEach(condition.putObject("then").putArray("required")::add);
        }
    }

    /** A document number whose type is the resident ID card has the GB 11643 form. */
    private static void documentConditions(List<FieldSpec> specs, List<FieldConstraints> fields, ArrayNode out) {
        Map<String, FieldSpec> byName = specs.stream()
                .collect(Collectors.toMap(FieldSpec::name, Function.identity()));
        for (FieldConstraints field : fields) {
            FieldSpec typeSpec = byName.get(field.documentTypeField());
            if (typeSpec == null || typeSpec.field().codeTable().isEmpty()) {
                continue;
            }
            List<String> residentId = CodeTableEntries.of(typeSpec.field().codeTable()).entrySet().stream()
                    .filter(e -> e.getValue().equals(CodeTable.RESIDENT_ID))
                    .flatMap(e -> Stream.of(e.getValue(), e.getKey())).toList();
            if (residentId.isEmpty()) {
                continue;
            }
            ObjectNode condition = out.addObject()
                    .put("description", field.name() + " of a " + CodeTable.RESIDENT_ID + " is a resident ID number");
            condition.set("if", whenOneOf(typeSpec.name(), residentId));
            condition.putObject("then").putObject("properties").putObject(field.name())
                    .put("pattern", "^" + FieldConstraints.RESIDENT_ID_PATTERN + "$");
        }
    }

    private static ObjectNode whenOneOf(String field, List<String> values) {
        ObjectNode when = NODES.objectNode();
        values.forEach(when.putObject("properties").putObject(field).putArray("enum")::add);
        when.putArray("required").add(field);
        return when;
    }
}
