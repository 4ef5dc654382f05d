package cn.jining.credithub.contracts.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;

/**
 * How a rule turns a source value into the canonical one. A value that does not convert is returned as it
 * came, so the record checker reports it on the canonical field (FORMAT, CODE_TABLE) like any other value.
 */
public sealed interface Conversion {

    String NONE = "none";
    String TRIM = "trim";
    String CODE = "code";
    String DATE = "date:";
    String SPLIT = "split:";
    /** The forms of {@code convert}, for messages. */
    String FORMS = "none, trim, date:<pattern>, code (with codes), split:<separator characters>";

    JsonNode apply(JsonNode value);

    /**
     * The conversion a rule's {@code convert} names.
     *
     * @throws IllegalArgumentException with a message fit for the configuration's reader
     */
    static Conversion parse(String convert, Map<String, String> codes) {
        String spec = convert == null ? NONE : convert.strip();
        if (spec.isEmpty() || spec.equals(NONE)) {
            return new Identity();
        }
        if (spec.equals(TRIM)) {
            return new Trim();
        }
        if (spec.equals(CODE)) {
            return new Translate(codes);
        }
        if (spec.startsWith(DATE)) {
            return DatePattern.of(spec.substring(DATE.length()));
        }
        if (spec.startsWith(SPLIT) && spec.length() > SPLIT.length()) {
            return new Split(spec.substring(SPLIT.length()));
        }
        throw new IllegalArgumentException("'" + convert + "' is not a conversion (one of " + FORMS + ")");
    }

    /** The value as it comes. */
    record Identity() implements Conversion {
        @Override
        public JsonNode apply(JsonNode value) {
            return value;
        }
    }

    /** Leading and trailing white space removed (ideographic space included), in text and in list elements. */
    record Trim() implements Conversion {
        @Override
        public JsonNode apply(JsonNode value) {
            if (value.isTextual()) {
                return TextNode.valueOf(value.asText().strip());
            }
            return value.isArray() ? eachElement(value, this) : value;
        }
    }

    /** The source's own codes translated to the canonical values; an unknown code stays as it was sent. */
    record Translate(Map<String, String> codes) implements Conversion {

        public Translate {
            codes = Map.copyOf(codes);
        }

        @Override
        public JsonNode apply(JsonNode value) {
            if (value.isTextual() || value.isNumber()) {
                String canonical = codes.get(value.asText().strip());
                return canonical == null ? value : TextNode.valueOf(canonical);
            }
            return value.isArray() ? eachElement(value, this) : value;
        }
    }

    /** A date in the source's own pattern, as an ISO date; text (or a number such as 20260301) only. */
    record DatePattern(String pattern, DateTimeFormatter formatter) implements Conversion {

        private static final LocalDateTime PROBE = LocalDateTime.of(2026, 3, 1, 13, 45, 30);

        static DatePattern of(String pattern) {
            DateTimeFormatter formatter;
            try {
                // STRICT: 20260230 must fail rather than become 28 February. With STRICT, 'yyyy' (year of era)
                // needs an era, which no source writes, hence the default era.
                formatter = new DateTimeFormatterBuilder().appendPattern(pattern)
                        .parseDefaulting(ChronoField.ERA, 1)
                        .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("date pattern '" + pattern + "' does not compile: " + e.getMessage(), e);
            }
            LocalDate parsed;
            try {
                parsed = formatter.parse(formatter.format(PROBE), LocalDate::from);
            } catch (DateTimeException e) {
                parsed = null;
            }
            // A pattern without day (yyyyMM) or one that formats a field it cannot read back is no date pattern.
            if (!PROBE.toLocalDate().equals(parsed)) {
                throw new IllegalArgumentException("date pattern '" + pattern + "' does not give a whole date");
            }
            return new DatePattern(pattern, formatter);
        }

        @Override
        public JsonNode apply(JsonNode value) {
            if (!value.isTextual() && !value.isIntegralNumber()) {
                return value;
            }
            try {
                return TextNode.valueOf(formatter.parse(value.asText().strip(), LocalDate::from).toString());
            } catch (DateTimeException e) {
                return value;
            }
        }
    }

    /** Text cut into a list at any of the separator characters (e.g. {@code ;；}), parts trimmed, empty ones dropped. */
    record Split(String separators) implements Conversion {
        @Override
        public JsonNode apply(JsonNode value) {
            if (!value.isTextual()) {
                return value;
            }
            ArrayNode parts = JsonNodeFactory.instance.arrayNode();
            String text = value.asText();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || separators.indexOf(text.charAt(i)) >= 0) {
                    String part = text.substring(start, i).strip();
                    if (!part.isEmpty()) {
                        parts.add(part);
                    }
                    start = i + 1;
                }
            }
            return parts;
        }
    }

    private static JsonNode eachElement(JsonNode array, Conversion conversion) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        array.forEach(element -> out.add(conversion.apply(element)));
        return out;
    }
}
