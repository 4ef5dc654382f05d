package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.exchange.Echo;
import cn.jining.credithub.contracts.exchange.StorableCharacters;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses what no destination can store ({@link StorableCharacters}) in a record as the source sent it, before
 * any mapping: its id and category, every field name and every text value at any depth (the original is kept
 * beside the canonical form). Identifiers and names allow no control character at all; text values may keep tab
 * and line breaks.
 */
public final class ForbiddenCharacters {

    private ForbiddenCharacters() {
    }

    /** The violations of one submitted record, at most one per field. */
    public static List<Violation> of(SubmittedRecord record) {
        List<Violation> violations = new ArrayList<>();
        identifier("recordId", "记录标识", record.recordId()).ifPresent(violations::add);
        identifier("category", "数据类别", record.category()).ifPresent(violations::add);
        if (record.data() != null && record.data().isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = record.data().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Optional<Violation> name = identifier(field.getKey(), field.getKey(), field.getKey());
                if (name.isPresent()) {
                    violations.add(name.get());
                } else {
                    firstIn(field.getKey(), field.getValue()).ifPresent(violations::add);
                }
            }
        } else if (record.data() != null) {
            firstIn("data", record.data()).ifPresent(violations::add);
        }
        return violations;
    }

    /**
     * Why an identifier of the submission as a whole (its sourceId or batchId) cannot be taken, naming the field,
     * the character and where it is; empty when it can.
     */
    public static Optional<String> inIdentifier(String field, String value) {
        int at = StorableCharacters.firstForbidden(value, false);
        return at < 0 ? Optional.empty() : Optional.of(field + " contains the character "
                + StorableCharacters.codePointName(value, at) + " at position " + position(value, at)
                + ", which no destination can store");
    }

    private static Optional<Violation> identifier(String field, String fieldZh, String value) {
        int at = StorableCharacters.firstForbidden(value, false);
        return at < 0 ? Optional.empty() : Optional.of(violation(field, fieldZh, value, at));
    }

    /** The first forbidden character of a value at any depth, in text values and in nested field names. */
    private static Optional<Violation> firstIn(String field, JsonNode value) {
        if (value.isTextual()) {
            int at = StorableCharacters.firstForbidden(value.textValue(), true);
            return at < 0 ? Optional.empty() : Optional.of(violation(field, field, value.textValue(), at));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> nested = it.next();
            Optional<Violation> found = identifier(field, field, nested.getKey()).or(() -> firstIn(field, nested.getValue()));
            if (found.isPresent()) {
                return found;
            }
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                Optional<Violation> found = firstIn(field, element);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Masked like any personal value (the field's kind is not known before mapping), then echoed. */
    private static Violation violation(String field, String fieldZh, String value, int at) {
        return Messages.violation(Rules.FORBIDDEN_CHARACTER, field, fieldZh, Masking.mask(value),
                StorableCharacters.codePointName(value, at), String.valueOf(position(value, at)));
    }

    private static int position(String value, int at) {
        return value.codePointCount(0, at) + 1;
    }
}
