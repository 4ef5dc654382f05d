package cn.jining.credithub.gateway.wiring;

import cn.jining.credithub.contracts.mapping.MappingProblem;
import cn.jining.credithub.contracts.mapping.MappingValidator;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.routes.source.SourceDefinition;
import cn.jining.credithub.routes.source.SourceRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the source registry from configuration; a malformed entry, field mapping included, stops start-up
 * naming the entry and the field (e.g. {@code credithub.sources[5] (qufu).mapping.ADMIN_PENALTY.rules[2].to}).
 */
final class SourceRegistryFactory {

    private SourceRegistryFactory() {
    }

    static SourceRegistry create(List<SourceDefinition> sources) {
        return create(sources, List.of());
    }

    /** The registry's entries followed by the demo's ({@code credithub.demo.sources}, only while the demo is on). */
    static SourceRegistry create(List<SourceDefinition> registered, List<SourceDefinition> demo) {
        List<SourceDefinition> sources = Stream.concat(registered.stream(), demo.stream()).toList();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            SourceDefinition source = sources.get(i);
            String list = i < registered.size() ? "credithub.sources[" + i + "]"
                    : "credithub.demo.sources[" + (i - registered.size()) + "]";
            String entry = list + (source.id() == null ? "" : " (" + source.id() + ")");
            require(source.id() != null && source.id().matches("[a-z0-9][a-z0-9-]{1,63}"), entry,
                    "id", "must be 2-64 characters of a-z, 0-9 and '-'");
            require(ids.add(source.id()), entry, "id", "is registered twice");
            require(source.name() != null && !source.name().isBlank(), entry, "name", "is required");
            require(source.region() != null && source.region().matches("\\d{6}"), entry,
                    "region", "must be a 6-digit administrative division code");
            require(!source.categories().isEmpty(), entry, "categories", "must name at least one category");
            for (String category : source.categories()) {
                require(RecordCategory.of(category).map(c -> c.name().equals(category)).orElse(false), entry,
                        "categories", "'" + category + "' is not a record category (one of "
                                + List.of(RecordCategory.values()) + ")");
            }
            mapping(entry, source);
            SftpSettingsCheck.check(entry, source);
            JdbcSettingsCheck.check(entry, source);
            DownwardSettingsCheck.check(entry, source);
        }
        return new SourceRegistry(sources);
    }

    /** Every problem of the entry's field mapping at once: an operator fixes the file once, not once per start. */
    private static void mapping(String entry, SourceDefinition source) {
        List<MappingProblem> problems = MappingValidator.problems(source.fieldMapping());
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.stream().map(p -> entry + ".mapping." + p)
                    .collect(Collectors.joining("; ")));
        }
        for (String category : source.mapping().keySet()) {
            require(source.categories().contains(category), entry, "mapping." + category,
                    "maps a category the source may not submit (its categories: " + source.categories() + ")");
        }
    }

    private static void require(boolean condition, String entry, String field, String message) {
        if (!condition) {
            throw new IllegalStateException(entry + "." + field + " " + message);
        }
    }
}
