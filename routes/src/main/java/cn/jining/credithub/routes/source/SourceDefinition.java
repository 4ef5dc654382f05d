package cn.jining.credithub.routes.source;

import cn.jining.credithub.contracts.mapping.CategoryMapping;
import cn.jining.credithub.contracts.mapping.FieldMapping;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One registered source: a bureau, a county or a vertical system, with the record categories it may
 * submit and its field mapping per category (its own field names to the canonical ones; none when it sends
 * canonical names). Channel settings grow with the adapters; the intake needs identity, scope and mapping.
 */
public record SourceDefinition(String id, String name, String kind, String region, String channel,
                               Set<String> categories, Map<String, CategoryMapping> mapping) {

    // One constructor only: Spring Boot binds a record through its single constructor, and a second one
    // would leave it no constructor to choose.
    public SourceDefinition {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        // Not Map.copyOf: keeps the configured order for messages, and a category left empty in YAML (null)
        // reaches the validator instead of failing inside the binder.
        mapping = mapping == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
    }

    public boolean maySubmit(String category) {
        return categories.contains(category);
    }

    public FieldMapping fieldMapping() {
        return new FieldMapping(mapping);
    }
}
