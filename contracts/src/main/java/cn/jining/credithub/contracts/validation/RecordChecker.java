package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.record.CreditRecord;
import cn.jining.credithub.contracts.record.FieldSpec;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectKey;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data standard's front door for one record: category, record id, normalisation, binding to the
 * canonical type, the field and category rules, and the fingerprint of what is accepted. A record is
 * answered with all its violations at once, not the first one only. Thread-safe.
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
            violations.add(FormatViolations.ofRecord());
            return RecordVerdict.reject(violations);
        }
        if (category == null) {
            return RecordVerdict.reject(violations);
        }
        Map<String, FieldSpec> fields = FieldSpec.byName(category.recordType());
        Normaliser.Result normalised = Normaliser.normalise(data, category.recordType());
        ObjectNode tree = normalised.data();
        for (String name : fieldNames(tree)) {
            if (!fields.containsKey(name)) {
                violations.add(Messages.violation(Rules.UNKNOWN_FIELD, name, name, null, category.name(),
                        category.label()));
                tree.remove(name);
            }
        }
        violations.addAll(normalised.violations());
        Set<String> unreadable = new HashSet<>();
        normalised.violations().forEach(v -> unreadable.add(v.field()));
        CreditRecord record = bind(category, fields, tree, data, violations, unreadable);
        if (record == null) {
            return RecordVerdict.reject(violations);
        }
        Checks checks = new Checks(LocalDate.now(clock), category.recordType());
        FieldRules.check(record, checks);
        CategoryValidators.of(category).validate(record, checks);
        // A value left out as unreadable has said all there is to say: no REQUIRED on top of its FORMAT.
        checks.violations().stream().filter(v -> !unreadable.contains(v.field())).forEach(violations::add);
        if (!violations.isEmpty()) {
            return RecordVerdict.reject(violations);
        }
        JsonNode canonical = ContractsJson.mapper().valueToTree(record);
        SubjectKey subject = record.subjectKey();
        return RecordVerdict.accept(new AcceptedRecord(category.name(), recordId,
                Fingerprint.of(category.name(), canonical), subject.category().name(), subject.code(), canonical,
                data.deepCopy()));
    }

    /**
     * Binds the normalised fields to the record type. The normaliser has left out what it could not read;
     * should binding still fail on a field, that field is reported, left out and binding tried again, so
     * one bad value never hides the rest. Null when the record as a whole cannot be bound.
     */
    private static CreditRecord bind(RecordCategory category, Map<String, FieldSpec> fields, ObjectNode tree,
                                     ObjectNode submitted, List<Violation> violations, Set<String> unreadable) {
        for (int attempt = 0; attempt <= fields.size(); attempt++) {
            try {
                return ContractsJson.mapper().treeToValue(tree, category.recordType());
            } catch (JsonMappingException e) {
                String field = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
                FieldSpec spec = field == null ? null : fields.get(field);
                if (spec == null || !tree.has(field)) {
                    break;
                }
                violations.add(FormatViolations.of(spec, submitted.get(field)));
                unreadable.add(field);
                tree.remove(field);
            } catch (JsonProcessingException e) {
                break;
            }
        }
        violations.add(FormatViolations.ofRecord());
        return null;
    }

    private static List<String> fieldNames(ObjectNode tree) {
        List<String> names = new ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
