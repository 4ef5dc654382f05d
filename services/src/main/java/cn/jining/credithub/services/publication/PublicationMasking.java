package cn.jining.credithub.services.publication;

import cn.jining.credithub.contracts.record.SubjectCategory;
import cn.jining.credithub.contracts.validation.Masking;
import cn.jining.credithub.services.table.TsvTable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Masks a record's fields before they go out in the feed, by the masking table (config/publication/masking.tsv):
 * each field passes through the first row whose pattern and subject match. Nothing leaves unmasked by accident:
 * free text loses phone numbers and ID numbers in any field a TEXT row covers.
 */
public final class PublicationMasking {

    /** Mainland mobile numbers and landlines with an area code, not inside a longer number. */
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})(?!\\d)");
    /** 18-character resident ID numbers inside text. */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");

    /** What a row does to a field. */
    public enum Rule { KEEP_6_4, SURNAME, DROP, TEXT, KEEP }

    /** One row of the masking table. */
    public record MaskingRow(String id, Pattern field, Set<SubjectCategory> subjects, Rule rule, boolean confirmed,
                             String legalBasis) {

        boolean applies(String fieldName, SubjectCategory subject) {
            return field.matcher(fieldName).matches() && (subjects == null || subjects.contains(subject));
        }
    }

    private final List<MaskingRow> rows;

    public PublicationMasking(List<MaskingRow> rows) {
        this.rows = List.copyOf(rows);
    }

    public static PublicationMasking read(String name, InputStream in) {
        List<MaskingRow> rows = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(name, in, "id", "field", "subject", "rule", "confirmed", "legal_basis").rows()) {
            Rule rule;
            try {
                rule = Rule.valueOf(row.get("rule"));
            } catch (IllegalArgumentException e) {
                throw row.fail("rule", "one of " + Arrays.toString(Rule.values()) + ", not " + row.get("rule"));
            }
            Set<SubjectCategory> subjects;
            try {
                subjects = "*".equals(row.get("subject")) ? null : Arrays.stream(row.get("subject").split("\\|"))
                        .map(SubjectCategory::of).collect(Collectors.toUnmodifiableSet());
            } catch (IllegalArgumentException e) {
                throw row.fail("subject", e.getMessage());
            }
            String glob = Arrays.stream(row.get("field").split("\\*", -1)).map(Pattern::quote)
                    .collect(Collectors.joining(".*"));
            rows.add(new MaskingRow(row.get("id"), Pattern.compile(glob, Pattern.CASE_INSENSITIVE), subjects, rule,
                    "yes".equals(row.get("confirmed")), row.get("legal_basis")));
        }
        return new PublicationMasking(rows);
    }

    public List<MaskingRow> rows() {
        return rows;
    }

    /** A masked copy of a record's canonical fields about a {@code subject}. */
    public ObjectNode mask(ObjectNode fields, SubjectCategory subject) {
        ObjectNode out = fields.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = out.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            Rule rule = ruleFor(field.getKey(), subject);
            if (rule == Rule.DROP) {
                it.remove();
            } else if (field.getValue().isTextual()) {
                // Arrays and numbers are code-table labels (penalty kinds), dates and amounts: nothing personal.
                field.setValue(new TextNode(apply(rule, field.getValue().asText())));
            }
        }
        return out;
    }

    /** The rule that applies to {@code field} of a record about a {@code subject} (KEEP where no row says). */
    public Rule ruleFor(String field, SubjectCategory subject) {
        return rows.stream().filter(r -> r.applies(field, subject)).map(MaskingRow::rule).findFirst().orElse(Rule.KEEP);
    }

    /** Masks one value by {@code rule}. */
    public static String apply(Rule rule, String value) {
        return switch (rule) {
            case KEEP_6_4 -> Masking.mask(value);
            case SURNAME -> surname(value);
            case DROP -> "";
            case TEXT -> ID_NUMBER.matcher(PHONE.matcher(value).replaceAll("***"))
                    .replaceAll(m -> Masking.mask(m.group()));
            case KEEP -> value;
        };
    }

    /** Keeps the first character, the rest '*' (a name's surname, for single-character surnames). */
    static String surname(String value) {
        int first = value.isEmpty() ? 0 : Character.charCount(value.codePointAt(0));
        return value.substring(0, first) + "*".repeat(value.codePointCount(first, value.length()));
    }
}
