package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.code.CodeTable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Brings submitted field values to the standard's form before validation: text trimmed, blank text
 * treated as absent, codes upper-cased, code-table codes replaced by their canonical labels. Works on a
 * copy; the submitted tree is left as it came.
 */
public final class Normaliser {

    /** Fields holding codes whose letters the standards define in upper case. */
    private static final Set<String> UPPER_CASE_FIELDS = Set.of("uscc", "authorityUscc", "dataSourceUscc",
            "idNumber", "legalRepresentativeIdNumber", "organisationCode");
    /** Fields holding code-table values; a code or label becomes the label, unknown values are left for the validator. */
    private static final Map<String, CodeTable> CODE_TABLE_FIELDS = Map.of("penaltyKinds", CodeTable.PENALTY_KIND,
            "idType", CodeTable.ID_TYPE, "legalRepresentativeIdType", CodeTable.ID_TYPE);

    private Normaliser() {
    }

    public static ObjectNode normalise(ObjectNode data) {
        ObjectNode out = data.deepCopy();
        List<String> names = new ArrayList<>();
        out.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode value = normaliseValue(out.get(name));
            if (value == null) {
                out.remove(name);
            } else if (value.isTextual() && UPPER_CASE_FIELDS.contains(name)) {
                out.put(name, value.asText().toUpperCase(Locale.ROOT));
            } else if (CODE_TABLE_FIELDS.containsKey(name)) {
                out.set(name, toLabels(value, CODE_TABLE_FIELDS.get(name)));
            } else {
                out.set(name, value);
            }
        }
        return out;
    }

    private static JsonNode normaliseValue(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            String trimmed = value.asText().strip();
            return trimmed.isEmpty() ? null : TextNode.valueOf(trimmed);
        }
        if (value.isArray()) {
            ArrayNode out = ((ArrayNode) value).arrayNode();
            value.forEach(element -> {
                JsonNode normalised = normaliseValue(element);
                if (normalised != null) {
                    out.add(normalised);
                }
            });
            return out;
        }
        return value;
    }

    private static JsonNode toLabels(JsonNode value, CodeTable table) {
        if (value.isTextual()) {
            return TextNode.valueOf(table.canonical(value.asText()).orElse(value.asText()));
        }
        if (value.isArray()) {
            ArrayNode out = ((ArrayNode) value).arrayNode();
            value.forEach(element -> out.add(toLabels(element, table)));
            return out;
        }
        return value;
    }
}
