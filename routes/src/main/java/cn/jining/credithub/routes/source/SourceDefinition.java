package cn.jining.credithub.routes.source;

import java.util.Set;

/**
 * One registered source: a bureau, a county or a vertical system, with the record categories it may
 * submit. Channel settings grow with the adapters; the intake needs only identity and scope.
 */
public record SourceDefinition(String id, String name, String kind, String region, String channel,
                               Set<String> categories) {

    public SourceDefinition {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }

    public boolean maySubmit(String category) {
        return categories.contains(category);
    }
}
