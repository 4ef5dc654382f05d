package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.record.CreditRecord;
import cn.jining.credithub.contracts.record.FieldSpec;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The data standard's front door for one record: category, record id, normalisation, binding to the
 * canonical type, the category's rules, and the fingerprint of what is accepted. Thread-safe.
 */
public final class RecordChecker {

    /** Longest record id a source may use (it is part of the repository key). */
    public static final int MAX_RECORD_ID = 64;
    private final Clock clock;

    public RecordChecker(Clock clock) {
        this.clock = clock;
    }

    public RecordVerdict check(SubmittedRecord submitted) {
        List<Violation> violations = new ArrayList<>();
        RecordCategory category = RecordCategory.of(submitted.category()).orElse(null);
        if (category == null) {
            violations.add(Messages.violation(Rules.UNKNOWN_CATEGORY, "category", "数据类别", submitted.category(),
                    submitted.category()));
        }
        String recordId = submitted.recordId();
        if (recordId == null || recordId.isBlank() || recordId.length() > MAX_RECORD_ID) {
            violations.add(Messages.violation(Rules.RECORD_ID, "recordId", "记录标识", null, MAX_RECORD_ID));
        }
        if (submitted.data() == null || submitted.data().isNull()) {
            violations.add(Messages.violation(Rules.REQUIRED, "data", "记录字段", null));
            return RecordVerdict.reject(violations);
        }
        if (!(submitted.data() instanceof ObjectNode data)) {
            violations.add(Messages.violationWithKey("FORMAT_RECORD", Rules.FORMAT, "data", "记录字段", null));
            return RecordVerdict.reject(violations);
        }
        if (category == null) {
            return RecordVerdict.reject(violations);
        }
        ObjectNode normalised = Normaliser.normalise(data);
        Map<String, FieldSpec> fields = FieldSpec.byName(category.recordType());
        normalised.fieldNames().forEachRemaining(name -> {
            if (!fields.containsKey(name)) {
                violations.add(Messages.violation(Rules.UNKNOWN_FIELD, name, name, null, category.name(),
                        category.label()));
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
            return RecordVerdict.reject(List.of(formatViolation(category, normalised, e)));
        } catch (JsonProcessingException e) {
            return RecordVerdict.reject(List.of(
                    Messages.violationWithKey("FORMAT_RECORD", Rules.FORMAT, "data", "记录字段", null)));
        }
        Checks checks = new Checks(LocalDate.now(clock), category.recordType());
        FieldRules.check(record, checks);
        CategoryValidators.of(category).validate(record, checks);
        if (!checks.violations().isEmpty()) {
            return RecordVerdict.reject(checks.violations());
        }
        JsonNode canonical = ContractsJson.mapper().valueToTree(record);
        SubjectKey subject = record.subjectKey();
        return RecordVerdict.accept(new AcceptedRecord(category.name(), recordId,
                Fingerprint.of(category.name(), canonical), subject.category().name(), subject.code(), canonical));
    }

    /** A binding failure as a violation that names the field and the expected form, never a Java type. */
    private static Violation formatViolation(RecordCategory category, ObjectNode data, JsonMappingException e) {
        String field = e.getPath().isEmpty() || e.getPath().get(0).getFieldName() == null
                ? "data" : e.getPath().get(0).getFieldName();
        FieldSpec spec = FieldSpec.find(category.recordType(), field).orElse(null);
        if (spec == null) {
            return Messages.violationWithKey("FORMAT_RECORD", Rules.FORMAT, "data", "记录字段", null);
        }
        JsonNode value = data.get(field);
        String shown = value == null || value.isContainerNode() ? null
                : spec.field().personal() ? Masking.mask(value.asText()) : value.asText();
        Class<?> type = spec.type();
        if (type == LocalDate.class) {
            return Messages.violationWithKey("FORMAT_DATE", Rules.FORMAT, field, spec.field().zh(), shown);
        }
        if (type == BigDecimal.class) {
            return Messages.violationWithKey("FORMAT_DECIMAL", Rules.FORMAT, field, spec.field().zh(), shown);
        }
        if (List.class.isAssignableFrom(type)) {
            return Messages.violationWithKey("FORMAT_LIST", Rules.FORMAT, field, spec.field().zh(), shown);
        }
        if (type.isEnum()) {
            String choices = Arrays.stream(type.getEnumConstants())
                    .map(c -> ContractsJson.mapper().convertValue(c, String.class)).collect(Collectors.joining(", "));
            return Messages.violationWithKey("FORMAT_CHOICE", Rules.FORMAT, field, spec.field().zh(), shown, choices);
        }
        return Messages.violationWithKey("FORMAT_TEXT", Rules.FORMAT, field, spec.field().zh(), shown);
    }
}
