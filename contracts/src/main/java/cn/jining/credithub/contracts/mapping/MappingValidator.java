package cn.jining.credithub.contracts.mapping;

import cn.jining.credithub.contracts.record.FieldSpec;
import cn.jining.credithub.contracts.record.RecordCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a field mapping against the data standard before it is used, so that a mistake stops start-up
 * instead of rejecting records later. Every problem names the category, the rule's index and its field.
 */
public final class MappingValidator {

    private MappingValidator() {
    }

    public static List<MappingProblem> problems(FieldMapping mapping) {
        List<MappingProblem> problems = new ArrayList<>();
        mapping.categories().forEach((key, categoryMapping) -> {
            Optional<RecordCategory> category = Arrays.stream(RecordCategory.values())
                    .filter(c -> c.name().equals(key)).findFirst();
            if (category.isEmpty()) {
                problems.add(new MappingProblem(key, "is not a record category (one of "
                        + List.of(RecordCategory.values()) + ")"));
            } else if (categoryMapping != null) {
                rules(category.get(), key, categoryMapping.rules(), problems);
            }
        });
        return problems;
    }

    private static void rules(RecordCategory category, String key, List<MappingRule> rules,
                              List<MappingProblem> problems) {
        Map<String, Integer> filledBy = new HashMap<>();
        for (int j = 0; j < rules.size(); j++) {
            String at = key + ".rules[" + j + "]";
            MappingRule rule = rules.get(j);
            if (rule == null) {
                problems.add(new MappingProblem(at, "is empty"));
                continue;
            }
            FieldSpec target = target(category, at, rule, problems);
            if (target != null && filledBy.putIfAbsent(target.name(), j) != null) {
                problems.add(new MappingProblem(at + ".to", "'" + target.name() + "' is already filled by "
                        + key + ".rules[" + filledBy.get(target.name()) + "]"));
            }
            if (rule.constant() != null) {
                constant(at, rule, problems);
            } else if (rule.from() == null || rule.from().isBlank()) {
                problems.add(new MappingProblem(at + ".from", "is required: the source's field or column (or give a constant)"));
            } else {
                conversion(at, rule, target, problems);
            }
        }
    }

    private static FieldSpec target(RecordCategory category, String at, MappingRule rule, List<MappingProblem> problems) {
        if (rule.to() == null || rule.to().isBlank()) {
            problems.add(new MappingProblem(at + ".to", "is required: the canonical field the rule fills"));
            return null;
        }
        Optional<FieldSpec> spec = FieldSpec.find(category.recordType(), rule.to());
        if (spec.isEmpty()) {
            problems.add(new MappingProblem(at + ".to", "'" + rule.to() + "' is not a field of " + category.name()
                    + " (" + category.label() + ")"));
        }
        return spec.orElse(null);
    }

    private static void constant(String at, MappingRule rule, List<MappingProblem> problems) {
        if (rule.from() != null) {
            problems.add(new MappingProblem(at + ".constant", "cannot be combined with from: a rule either maps a "
                    + "source field or sets a constant"));
        }
        if (rule.convert() != null || !rule.codes().isEmpty()) {
            problems.add(new MappingProblem(at + ".convert", "does not apply to a constant"));
        }
    }

    private static void conversion(String at, MappingRule rule, FieldSpec target, List<MappingProblem> problems) {
        Conversion conversion;
        try {
            conversion = Conversion.parse(rule.convert(), rule.translations());
        } catch (IllegalArgumentException e) {
            problems.add(new MappingProblem(at + ".convert", e.getMessage()));
            return;
        }
        if (conversion instanceof Conversion.Translate) {
            codes(at, rule, problems);
        } else if (!rule.codes().isEmpty()) {
            problems.add(new MappingProblem(at + ".codes", "are given but convert is not 'code'"));
        }
        if (target == null) {
            return;
        }
        if (conversion instanceof Conversion.DatePattern && target.type() != LocalDate.class) {
            problems.add(new MappingProblem(at + ".convert", "date: fills a date field, and '" + target.name()
                    + "' is not one"));
        }
        if (conversion instanceof Conversion.Split && !List.class.isAssignableFrom(target.type())) {
            problems.add(new MappingProblem(at + ".convert", "split: fills a list field, and '" + target.name()
                    + "' is not one"));
        }
    }

    private static void codes(String at, MappingRule rule, List<MappingProblem> problems) {
        if (rule.codes().isEmpty()) {
            problems.add(new MappingProblem(at + ".codes", "is required with convert: code (entries code=value: "
                    + "the source's code and its canonical value)"));
        }
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < rule.codes().size(); k++) {
            String entry = rule.codes().get(k);
            int separator = entry == null ? -1 : entry.indexOf(MappingRule.CODE_SEPARATOR);
            if (separator < 0 || entry.substring(0, separator).isBlank() || entry.substring(separator + 1).isBlank()) {
                problems.add(new MappingProblem(at + ".codes[" + k + "]", "'" + entry + "' is not code=value"));
            } else if (!seen.add(entry.substring(0, separator).strip())) {
                problems.add(new MappingProblem(at + ".codes[" + k + "]", "code '" + entry.substring(0, separator).strip()
                        + "' is given twice"));
            }
        }
    }
}
