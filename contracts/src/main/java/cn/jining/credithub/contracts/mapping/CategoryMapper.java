package cn.jining.credithub.contracts.mapping;

import cn.jining.credithub.contracts.record.FieldSpec;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.validation.Rules;
import cn.jining.credithub.contracts.validation.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One source's validated rules for one category, applied to a record's data. Immutable, thread-safe. */
final class CategoryMapper {

    /** One rule ready to run: a source field and its conversion, or a constant. */
    private record Step(String from, String to, Conversion conversion, JsonNode constant) {
    }

    private final String sourceId;
    private final RecordCategory category;
    private final boolean passThrough;
    private final List<Step> steps = new ArrayList<>();
    private final Set<String> mappedSources = new HashSet<>();
    private final Map<String, FieldSpec> canonical;

    CategoryMapper(String sourceId, RecordCategory category, CategoryMapping mapping) {
        this.sourceId = sourceId;
        this.category = category;
        this.passThrough = mapping.passesThrough();
        this.canonical = FieldSpec.byName(category.recordType());
        for (MappingRule rule : mapping.rules()) {
            if (rule.constant() != null) {
                steps.add(new Step(null, rule.to(), null, constant(canonical.get(rule.to()), rule.constant())));
            } else {
                steps.add(new Step(rule.from(), rule.to(), Conversion.parse(rule.convert(), rule.translations()), null));
                mappedSources.add(rule.from());
            }
        }
    }

    MappedData map(ObjectNode data) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Map<String, Step> filledBy = new HashMap<>();
        for (Step step : steps) {
            JsonNode value = step.constant() != null ? step.constant().deepCopy() : data.get(step.from());
            if (value != null) {
                out.set(step.to(), value.isNull() || step.conversion() == null ? value : step.conversion().apply(value));
                filledBy.put(step.to(), step);
            }
        }
        List<Violation> violations = new ArrayList<>();
        data.fields().forEachRemaining(field -> {
            String name = field.getKey();
            if (mappedSources.contains(name)) {
                return;
            }
            if (filledBy.containsKey(name)) {
                // Two values for one canonical field: keeping either silently would lose the other.
                if (!out.get(name).equals(field.getValue())) {
                    violations.add(conflict(name, filledBy.get(name)));
                }
                return;
            }
            // Kept under its own name even in a closed mapping: the checker then reports it (UNKNOWN_FIELD)
            // instead of the hub dropping data the source believes it sent.
            out.set(name, field.getValue());
            if (!passThrough && canonical.containsKey(name)) {
                violations.add(unmapped(name));
            }
        });
        return new MappedData(out, violations);
    }

    /** A constant as the target field expects it: a list field gets a list of one. */
    private static JsonNode constant(FieldSpec target, String value) {
        if (target != null && List.class.isAssignableFrom(target.type())) {
            return JsonNodeFactory.instance.arrayNode().add(value);
        }
        return TextNode.valueOf(value);
    }

    private Violation unmapped(String name) {
        return new Violation(name, Rules.UNKNOWN_FIELD, null,
                name + " is not in the field mapping of source " + sourceId + " for " + category.name()
                        + ", which takes only the fields it names",
                name + " 不在数据源 " + sourceId + " 的" + category.label() + "字段映射中，该映射只接收其列明的字段");
    }

    private Violation conflict(String name, Step step) {
        String en = step.from() == null
                ? "the field mapping of source " + sourceId + " sets " + name + " to a constant; do not send it"
                : name + " is sent as well as " + step.from() + ", which the field mapping of source " + sourceId
                        + " puts there; send one of them";
        String zh = step.from() == null
                ? "数据源 " + sourceId + " 的字段映射已为 " + name + " 设定固定值，无需报送"
                : name + " 与 " + step.from() + " 重复：数据源 " + sourceId + " 的字段映射将 " + step.from()
                        + " 映射为 " + name + "，请只报送其一";
        return new Violation(name, Rules.UNKNOWN_FIELD, null, en, zh);
    }
}
