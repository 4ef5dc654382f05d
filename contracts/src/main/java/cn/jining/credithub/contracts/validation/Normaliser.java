package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.code.CodeTable;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.record.CreditRecord;
import cn.jining.credithub.contracts.record.Field;
import cn.jining.credithub.contracts.record.FieldFormat;
import cn.jining.credithub.contracts.record.FieldSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings a record's submitted values to the standard's form before binding, field by field as its
 * {@link FieldSpec}s describe them: text folded and trimmed, blank absent, codes upper-cased, code-table
 * codes as their labels, dates as ISO, amounts as plain decimals. A value that cannot be read as its type
 * is left out and reported as a FORMAT violation, so that the rest of the record is still checked.
 * Fields the type does not have are kept as they came for the checker to name. The submitted tree is
 * never changed.
 */
public final class Normaliser {

    /** Codes with no {@link FieldFormat} of their own whose letters are upper case (GB 11714). */
    private static final Set<String> UPPER_CASE_FIELDS = Set.of("organisationCode");
    private static final JsonNodeFactory NODES = ContractsJson.mapper().getNodeFactory();
    /** Marks a value that is absent in the standard's form (null, blank text). */
    private static final JsonNode ABSENT = MissingNode.getInstance();

    private Normaliser() {
    }

    /** The normalised fields of a record, and the FORMAT violations of the values left out. */
    public record Result(ObjectNode data, List<Violation> violations) {

        public Result {
            violations = List.copyOf(violations);
        }
    }

    public static Result normalise(ObjectNode submitted, Class<? extends CreditRecord> recordType) {
        Map<String, FieldSpec> specs = FieldSpec.byName(recordType);
        ObjectNode out = NODES.objectNode();
        List<Violation> violations = new ArrayList<>();
        submitted.fields().forEachRemaining(entry -> {
            FieldSpec spec = specs.get(entry.getKey());
            if (spec == null) {
                out.set(entry.getKey(), entry.getValue().deepCopy());
                return;
            }
            JsonNode value = normalise(spec, entry.getValue());
            if (value == null) {
                violations.add(FormatViolations.of(spec, entry.getValue()));
            } else if (!value.isMissingNode()) {
                out.set(entry.getKey(), value);
            }
        });
        return new Result(out, violations);
    }

    /** The value in the standard's form; {@link #ABSENT} when there is none; null when it cannot be read. */
    private static JsonNode normalise(FieldSpec spec, JsonNode value) {
        if (value.isNull() || value.isTextual() && TextNormaliser.token(value.asText()) == null) {
            return ABSENT;
        }
        Class<?> type = spec.type();
        if (type == String.class) {
            return value.isValueNode() ? text(spec, value.asText()) : null;
        }
        if (List.class.isAssignableFrom(type) && spec.elementType() == String.class) {
            return value.isArray() ? list(spec, value) : null;
        }
        if (type == LocalDate.class) {
            // A JSON number is no date: Jackson would read 20240101 as a count of days since 1970.
            return value.isTextual() ? DateNormaliser.parse(value.asText())
                    .map(date -> (JsonNode) TextNode.valueOf(date.toString())).orElse(null) : null;
        }
        if (type == BigDecimal.class) {
            return AmountNormaliser.parse(value).map(amount -> (JsonNode) DecimalNode.valueOf(amount)).orElse(null);
        }
        if (type.isEnum()) {
            return value.isTextual() ? ChoiceNormaliser.label(type, value.asText()).orElse(null) : null;
        }
        return value.deepCopy();
    }

    private static JsonNode list(FieldSpec spec, JsonNode array) {
        ArrayNode out = NODES.arrayNode();
        for (JsonNode element : array) {
            if (element.isContainerNode()) {
                return null;
            }
            JsonNode text = element.isNull() ? ABSENT : text(spec, element.asText());
            if (!text.isMissingNode()) {
                out.add(text);
            }
        }
        return out;
    }

    /** One text value, by what the field holds: a code, a code-table value or free text. */
    private static JsonNode text(FieldSpec spec, String value) {
        Field field = spec.field();
        String text;
        if (!field.codeTable().isEmpty()) {
            text = TextNormaliser.token(value);
            text = text == null ? null : CodeTable.named(field.codeTable()).canonical(text).orElse(text);
        } else if (field.format() != FieldFormat.TEXT || UPPER_CASE_FIELDS.contains(spec.name())) {
            text = TextNormaliser.code(value);
        } else {
            text = TextNormaliser.text(value);
        }
        return text == null ? ABSENT : TextNode.valueOf(text);
    }
}
