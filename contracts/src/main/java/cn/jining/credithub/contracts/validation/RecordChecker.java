package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.record.CreditRecord;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The data standard's front door for one record: category, record id, normalisation, binding to the
 * canonical type, the category's rules, and the fingerprint of what is accepted. Thread-safe.
 */
public final class RecordChecker {

    /** Longest record id a source may use (it is part of the repository key). */
    public static final int MAX_RECORD_ID = 64;
    private final Map<RecordCategory, RecordValidator<? extends CreditRecord>> validators = new EnumMap<>(RecordCategory.class);
    private final Map<RecordCategory, Set<String>> fieldNames = new EnumMap<>(RecordCategory.class);

    public RecordChecker(Clock clock) {
        validators.put(RecordCategory.ADMIN_PENALTY, new AdministrativePenaltyValidator(clock));
        for (RecordCategory category : RecordCategory.values()) {
            fieldNames.put(category, Arrays.stream(category.recordType().getRecordComponents())
                    .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet()));
        }
    }

    public RecordVerdict check(SubmittedRecord submitted) {
        List<Violation> violations = new ArrayList<>();
        RecordCategory category = RecordCategory.of(submitted.category()).orElse(null);
        if (category == null) {
            violations.add(new Violation("category", Rules.UNKNOWN_CATEGORY,
                    "category '" + submitted.category() + "' is not a record category of the standard"));
        }
        String recordId = submitted.recordId();
        if (recordId == null || recordId.isBlank() || recordId.length() > MAX_RECORD_ID) {
            violations.add(new Violation("recordId", Rules.RECORD_ID,
                    "recordId is required and at most " + MAX_RECORD_ID + " characters"));
        }
        if (!(submitted.data() instanceof ObjectNode data)) {
            violations.add(new Violation("data", Rules.REQUIRED, "data must be a JSON object of the record's fields"));
            return RecordVerdict.reject(violations);
        }
        if (category == null) {
            return RecordVerdict.reject(violations);
        }
        ObjectNode normalised = Normaliser.normalise(data);
        normalised.fieldNames().forEachRemaining(name -> {
            if (!fieldNames.get(category).contains(name)) {
                violations.add(new Violation(name, Rules.UNKNOWN_FIELD,
                        name + " is not a field of " + category.name()));
            }
        });
        if (!violations.isEmpty()) {
            return RecordVerdict.reject(violations);
        }
        return bindAndValidate(category, recordId, normalised);
    }

    private RecordVerdict bindAndValidate(RecordCategory category, String recordId, ObjectNode normalised) {
        CreditRecord record;
        try {
            record = ContractsJson.mapper().treeToValue(normalised, category.recordType());
        } catch (JsonMappingException e) {
            return RecordVerdict.reject(List.of(formatViolation(category, e)));
        } catch (JsonProcessingException e) {
            return RecordVerdict.reject(List.of(new Violation("data", Rules.FORMAT, "data is not a valid record")));
        }
        List<Violation> violations = validate(category, record);
        if (!violations.isEmpty()) {
            return RecordVerdict.reject(violations);
        }
        JsonNode canonical = ContractsJson.mapper().valueToTree(record);
        SubjectKey subject = record.subjectKey();
        return RecordVerdict.accept(new AcceptedRecord(category.name(), recordId,
                Fingerprint.of(category.name(), canonical), subject.category().name(), subject.code(), canonical));
    }

    @SuppressWarnings("unchecked")
    private <T extends CreditRecord> List<Violation> validate(RecordCategory category, T record) {
        return ((RecordValidator<T>) validators.get(category)).validate(record);
    }

    /** A binding failure as a violation that names the field and the expected form, never a Java type. */
    private static Violation formatViolation(RecordCategory category, JsonMappingException e) {
        String field = e.getPath().isEmpty() || e.getPath().get(0).getFieldName() == null
                ? "data" : e.getPath().get(0).getFieldName();
        Class<?> type = Arrays.stream(category.recordType().getRecordComponents())
                .filter(c -> c.getName().equals(field)).map(RecordComponent::getType).findFirst().orElse(null);
        return new Violation(field, Rules.FORMAT, field + " must be " + expectedForm(type));
    }

    private static String expectedForm(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date of the form yyyy-MM-dd";
        }
        if (type == BigDecimal.class) {
            return "a decimal number";
        }
        if (type != null && List.class.isAssignableFrom(type)) {
            return "an array of text";
        }
        if (type != null && type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ContractsJson.mapper().convertValue(c, String.class)).collect(Collectors.joining(", "));
        }
        return "text";
    }
}
