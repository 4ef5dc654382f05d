package cn.jining.credithub.services.policy;

import cn.jining.credithub.contracts.record.FieldFormat;
import cn.jining.credithub.contracts.record.FieldSpec;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectCategory;
import cn.jining.credithub.contracts.validation.Masking;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cuts a record down to the fields a party may read and masks the personal data it may not see: what kind of
 * personal data a field is comes from the data standard's {@code @Field} description, so a new field is masked by
 * what it is, not by a list kept here.
 */
public final class FieldMasker {

    /** What a hidden value reads as. */
    public static final String HIDDEN = "******";

    private FieldMasker() {
    }

    /** The fields of {@code payload} the party may read, masked; {@code maskedOut} collects the names masked. */
    public static ObjectNode apply(RecordCategory category, ObjectNode payload, List<String> allowed, Set<Reveal> reveal,
                                   Set<String> maskedOut) {
        Map<String, FieldSpec> specs = FieldSpec.byName(category.recordType());
        boolean naturalPerson = category == RecordCategory.NATURAL_PERSON_BASICS
                || SubjectCategory.NATURAL_PERSON.label().equals(payload.path("subjectCategory").asText());
        ObjectNode out = payload.objectNode();
        Set<String> names = new TreeSet<>();
        payload.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (allowed != null && !allowed.contains(name)) {
                continue;
            }
            JsonNode value = payload.get(name);
            Reveal kind = kindOf(name, specs.get(name), naturalPerson);
            if (kind == null || reveal.contains(kind) || value.isNull()) {
                out.set(name, value);
            } else {
                out.put(name, masked(kind, value.asText()));
                maskedOut.add(name);
            }
        }
        return out;
    }

    /** A natural person's name as a party without {@link Reveal#PERSON_NAME} sees it. */
    public static String personName(String name) {
        return name == null || name.isEmpty() ? name : masked(Reveal.PERSON_NAME, name);
    }

    private static String masked(Reveal kind, String value) {
        return switch (kind) {
            case ID_NUMBER -> Masking.mask(value);
            case PERSON_NAME -> value.substring(0, value.offsetByCodePoints(0, 1)) + "*".repeat(
                    Math.max(1, value.codePointCount(0, value.length()) - 1));
            case PHONE, BIRTH_DATE -> HIDDEN;
        };
    }

    /** Which kind of personal data a field holds; null for none. */
    static Reveal kindOf(String name, FieldSpec spec, boolean naturalPerson) {
        String lower = name.toLowerCase(Locale.ROOT);
        String zh = spec == null ? "" : spec.field().zh();
        if (lower.contains("phone") || lower.contains("mobile") || zh.contains("电话") || zh.contains("手机")) {
            return Reveal.PHONE;
        }
        if (spec == null) {
            return null;
        }
        if (spec.field().format() == FieldFormat.DOCUMENT_NUMBER) {
            return Reveal.ID_NUMBER;
        }
        if (naturalPerson && (name.equals("subjectName") || name.equals("name"))) {
            return Reveal.PERSON_NAME;
        }
        if (spec.field().personal()) {
            return spec.type() == java.time.LocalDate.class ? Reveal.BIRTH_DATE : Reveal.ID_NUMBER;
        }
        return null;
    }
}
