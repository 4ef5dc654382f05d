package cn.jining.credithub.contracts.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The field mapping of one source: its own field names or columns to the canonical fields, per record
 * category (keyed by category code, e.g. {@code ADMIN_PENALTY}). A category without an entry is taken as
 * it comes: the source sends canonical names.
 */
public record FieldMapping(Map<String, CategoryMapping> categories) {

    public static final FieldMapping NONE = new FieldMapping(Map.of());

    public FieldMapping {
        categories = categories == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(categories));
    }

    public boolean isEmpty() {
        return categories.isEmpty();
    }
}
