package cn.jining.credithub.contracts.schema;

import cn.jining.credithub.contracts.code.UnifiedSocialCreditCode;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.record.Field;
import cn.jining.credithub.contracts.record.FieldFormat;
import cn.jining.credithub.contracts.record.FieldSpec;
import cn.jining.credithub.contracts.record.Presence;
import cn.jining.credithub.contracts.validation.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One field's published constraints, derived from its {@link FieldSpec}; the JSON Schema and the XSD
 * writer both render these, so the two schemas cannot disagree about a field.
 *
 * @param pattern  a regular expression valid in both XSD and JSON Schema (implicitly anchored), or null
 * @param choices  the accepted values of a code table or enum (canonical labels first), or empty
 * @param maxLength the longest text in characters, 0 where the value is not text
 */
record FieldConstraints(String name, String zh, ValueType type, boolean repeated, Presence presence,
                        int maxLength, String pattern, List<String> choices, String documentTypeField) {

    /** The value types the schemas publish; a record component of any other type stops the generator. */
    enum ValueType { TEXT, DATE, DATE_TIME, DECIMAL, INTEGER, BOOLEAN }

    /** GB 32100: 18 characters of the standard's alphabet (check characters are left to the validator). */
    static final String CREDIT_CODE_PATTERN = "[" + UnifiedSocialCreditCode.ALPHABET + "]{"
            + UnifiedSocialCreditCode.LENGTH + "}";
    static final String DIVISION_CODE_PATTERN = "[0-9]{6}";
    /** ISO 8601 calendar date without zone, the only form the JSON mapping reads. */
    static final String DATE_PATTERN = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    /** GB 11643: 17 digits and a check character. */
    static final String RESIDENT_ID_PATTERN = "[0-9]{17}[0-9X]";
    /** Amounts are at most this large (exclusive), from the validator's bound on integer digits. */
    static final BigDecimal AMOUNT_LIMIT = BigDecimal.TEN.pow(Checks.MAX_AMOUNT_INTEGER_DIGITS);
    /** The smallest step of an amount, from the validator's bound on decimals. */
    static final BigDecimal AMOUNT_STEP = BigDecimal.ONE.movePointLeft(Checks.MAX_AMOUNT_SCALE);

    static List<FieldConstraints> of(List<FieldSpec> specs) {
        return specs.stream().map(FieldConstraints::of).toList();
    }

    static FieldConstraints of(FieldSpec spec) {
        Field field = spec.field();
        boolean repeated = List.class.isAssignableFrom(spec.type());
        Class<?> valueType = repeated ? spec.elementType() : spec.type();
        if (valueType == null) {
            throw unsupported(spec);
        }
        ValueType type = valueType(spec, valueType);
        List<String> choices = choices(field, valueType);
        String pattern = null;
        int maxLength = 0;
        if (type == ValueType.TEXT && choices.isEmpty()) {
            pattern = switch (field.format()) {
                case CREDIT_CODE -> CREDIT_CODE_PATTERN;
                case DIVISION_CODE -> DIVISION_CODE_PATTERN;
                // A document number's form depends on its type (JsonRecordSchema adds the resident ID case);
                // a format added later is published as bounded text until it is given a pattern here.
                default -> null;
            };
            maxLength = field.format() == FieldFormat.CREDIT_CODE ? UnifiedSocialCreditCode.LENGTH
                    : field.maxLength() > 0 ? field.maxLength() : Checks.MAX_TEXT;
        }
        return new FieldConstraints(spec.name(), field.zh(), type, repeated, field.presence(), maxLength, pattern,
                choices, field.documentTypeField());
    }

    /** Free text: no pattern of its own, so the schemas forbid control characters as the validator does. */
    boolean freeText() {
        return type == ValueType.TEXT && choices.isEmpty() && pattern == null;
    }

    private static ValueType valueType(FieldSpec spec, Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return ValueType.TEXT;
        }
        if (type == LocalDate.class) {
            return ValueType.DATE;
        }
        if (type == LocalDateTime.class || type == OffsetDateTime.class || type == Instant.class) {
            return ValueType.DATE_TIME;
        }
        if (type == BigDecimal.class) {
            return ValueType.DECIMAL;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return ValueType.INTEGER;
        }
        if (type == Boolean.class || type == boolean.class) {
            return ValueType.BOOLEAN;
        }
        throw unsupported(spec);
    }

    private static List<String> choices(Field field, Class<?> type) {
        if (!field.codeTable().isEmpty()) {
            // Labels are the canonical form; codes are listed too because the hub accepts either.
            var entries = CodeTableEntries.of(field.codeTable());
            Set<String> values = new LinkedHashSet<>(entries.values());
            values.addAll(entries.keySet());
            return List.copyOf(values);
        }
        return type.isEnum() ? enumChoices(type) : List.of();
    }

    private static List<String> enumChoices(Class<?> enumType) {
        return enumForms(List.of(enumType.getEnumConstants()));
    }

    /**
     * The JSON form of each constant, then each constant name that the JSON mapping also accepts
     * (asked of the mapping itself, so an enum without a lenient creator publishes only its JSON form).
     */
    static List<String> enumForms(List<?> constants) {
        Set<String> values = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (Object constant : constants) {
            values.add(ContractsJson.mapper().convertValue(constant, String.class));
            String name = ((Enum<?>) constant).name();
            if (accepts(name, constant)) {
                names.add(name);
            }
        }
        values.addAll(names);
        return List.copyOf(values);
    }

    private static boolean accepts(String value, Object constant) {
        try {
            return ContractsJson.mapper().convertValue(value, constant.getClass()) == constant;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static IllegalStateException unsupported(FieldSpec spec) {
        return new IllegalStateException("schema generator: " + spec.name() + " has type "
                + spec.component().getGenericType().getTypeName()
                + ", which FieldConstraints does not publish yet; add it there");
    }
}
