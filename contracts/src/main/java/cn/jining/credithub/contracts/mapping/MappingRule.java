package cn.jining.credithub.contracts.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule of a source's field mapping, as configured: the source's field (or column) {@code from}, the
 * canonical field {@code to}, and an optional conversion; or, instead of {@code from}, a {@code constant}
 * for a canonical field the source never sends. {@code codes} is the translation table of {@code convert:
 * code}, one {@code code=value} per entry.
 */
public record MappingRule(String from, String to, String convert, List<String> codes, String constant) {

    /** Separates a source's code from its canonical value in an entry of {@code codes}. */
    public static final char CODE_SEPARATOR = '=';

    public MappingRule {
        // A list of "code=value", not a YAML map: Spring Boot's binder silently strips characters such as
        // Chinese ones from map keys ("个体户2" becomes "2"), which would corrupt a translation table.
        // ArrayList, not List.copyOf: a null entry reaches the validator instead of failing in the binder.
        codes = codes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(codes));
    }

    /** A rule that renames a source field without converting its value. */
    public static MappingRule rename(String from, String to) {
        return new MappingRule(from, to, null, null, null);
    }

    public static MappingRule converted(String from, String to, String convert) {
        return new MappingRule(from, to, convert, null, null);
    }

    /** A rule translating the source's codes, given as code to canonical value. */
    public static MappingRule translated(String from, String to, Map<String, String> codes) {
        return new MappingRule(from, to, Conversion.CODE, codes.entrySet().stream()
                .map(e -> e.getKey() + CODE_SEPARATOR + e.getValue()).toList(), null);
    }

    public static MappingRule constant(String to, String value) {
        return new MappingRule(null, to, null, null, value);
    }

    /** The translation table: each well-formed {@code code=value} entry, code and value trimmed; the first of a code wins. */
    public Map<String, String> translations() {
        Map<String, String> table = new LinkedHashMap<>();
        for (String entry : codes) {
            int at = entry == null ? -1 : entry.indexOf(CODE_SEPARATOR);
            if (at > 0) {
                table.putIfAbsent(entry.substring(0, at).strip(), entry.substring(at + 1).strip());
            }
        }
        return table;
    }
}
