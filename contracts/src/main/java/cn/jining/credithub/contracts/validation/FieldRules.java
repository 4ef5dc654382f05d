package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.code.CodeTable;
import cn.jining.credithub.contracts.record.CreditRecord;
import cn.jining.credithub.contracts.record.Field;
import cn.jining.credithub.contracts.record.FieldSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The rules every field carries in its {@link Field} description: presence, text, codes, code tables, amounts. */
final class FieldRules {

    private FieldRules() {
    }

    static void check(CreditRecord record, Checks checks) {
        for (FieldSpec spec : FieldSpec.of(record.getClass())) {
            Object value = spec.valueOf(record);
            Field field = spec.field();
            if (field.presence().requiredFor(record.subjectCategory()) && !checks.required(spec.name(), value)) {
                continue;
            }
            if (value instanceof String text) {
                checkText(record, spec, text, checks);
            } else if (value instanceof List<?> list) {
                list.forEach(element -> checkText(record, spec, String.valueOf(element), checks));
            } else if (value instanceof BigDecimal amount) {
                checks.amount(spec.name(), amount);
            } else if (value instanceof LocalDate date && field.notInFuture()) {
                checks.notInFuture(spec.name(), date);
            }
        }
    }

    private static void checkText(CreditRecord record, FieldSpec spec, String text, Checks checks) {
        Field field = spec.field();
        checks.text(spec.name(), text, field.maxLength());
        switch (field.format()) {
            case CREDIT_CODE -> checks.creditCode(spec.name(), text);
            case DOCUMENT_NUMBER -> {
                Object type = FieldSpec.find(record.getClass(), field.documentTypeField())
                        .map(typeSpec -> typeSpec.valueOf(record)).orElse(null);
                checks.identityDocument(field.documentTypeField(), (String) type, spec.name(), text);
            }
            case DIVISION_CODE -> checks.divisionCode(spec.name(), text);
            case TEXT -> { }
        }
        if (!field.codeTable().isEmpty()) {
            checks.codeTable(spec.name(), text, CodeTable.named(field.codeTable()));
        }
    }
}
