package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.record.FieldSpec;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The FORMAT violation of a value that cannot be read as its field's type: it names the field and the
 * form expected (never a Java type), and shows the value as submitted, masked where it is personal.
 */
final class FormatViolations {

    private FormatViolations() {
    }

    static Violation of(FieldSpec spec, JsonNode submitted) {
        String field = spec.name();
        String zh = spec.field().zh();
        String shown = shown(spec, submitted);
        Class<?> type = spec.type();
        if (type == LocalDate.class) {
            return Messages.violationWithKey("FORMAT_DATE", Rules.FORMAT, field, zh, shown);
        }
        if (type == BigDecimal.class) {
            return Messages.violationWithKey("FORMAT_DECIMAL", Rules.FORMAT, field, zh, shown);
        }
        if (List.class.isAssignableFrom(type)) {
            return Messages.violationWithKey("FORMAT_LIST", Rules.FORMAT, field, zh, shown);
        }
        if (type.isEnum()) {
            return Messages.violationWithKey("FORMAT_CHOICE", Rules.FORMAT, field, zh, shown, choices(type));
        }
        return Messages.violationWithKey("FORMAT_TEXT", Rules.FORMAT, field, zh, shown);
    }

    /** The record's fields as a whole could not be read (no single field to blame). */
    static Violation ofRecord() {
        return Messages.violationWithKey("FORMAT_RECORD", Rules.FORMAT, "data", "记录字段", null);
    }

    private static String shown(FieldSpec spec, JsonNode submitted) {
        if (submitted == null || submitted.isContainerNode() || submitted.isNull()) {
            return null;
        }
        // Masked here, cut short where it is echoed (Messages): the cut never exposes the middle of a personal value.
        return spec.field().personal() ? Masking.mask(submitted.asText()) : submitted.asText();
    }

    /** The values of an enum as the standard writes them (its JSON form, e.g. the Chinese labels). */
    private static String choices(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(c -> ContractsJson.mapper().convertValue(c, String.class))
                .collect(Collectors.joining(", "));
    }
}
