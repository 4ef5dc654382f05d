package cn.jining.credithub.contracts.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A source's mapping for one record category: its rules, and whether source fields no rule names are
 * passed through under their own name (by default only when there are no rules, so a source that already
 * sends the canonical names needs no mapping at all).
 */
public record CategoryMapping(Boolean passThrough, List<MappingRule> rules) {

    public CategoryMapping {
        // ArrayList, not List.copyOf: a null rule (an empty YAML list item) is reported by the validator.
        rules = rules == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(rules));
    }

    public boolean passesThrough() {
        return passThrough != null ? passThrough : rules.isEmpty();
    }
}
