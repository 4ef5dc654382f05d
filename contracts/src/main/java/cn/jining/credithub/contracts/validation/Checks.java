package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.code.CodeTable;
import cn.jining.credithub.contracts.code.ResidentIdNumber;
import cn.jining.credithub.contracts.code.UnifiedSocialCreditCode;
import cn.jining.credithub.contracts.record.CreditRecord;
import cn.jining.credithub.contracts.record.FieldSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects the violations of one record; each method checks one rule on one field and never stops early.
 * Messages come in English and Chinese, with the standard's field names; personal values are masked.
 */
public final class Checks {

    /** Longest text the standard's free-text fields may carry (characters). */
    public static final int MAX_TEXT = 4000;
    public static final int MAX_AMOUNT_INTEGER_DIGITS = 12;
    public static final int MAX_AMOUNT_SCALE = 6;
    private final List<Violation> violations = new ArrayList<>();
    private final LocalDate today;
    private final Map<String, FieldSpec> fields;

    public Checks(LocalDate today, Class<? extends CreditRecord> recordType) {
        this.today = today;
        this.fields = FieldSpec.byName(recordType);
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public LocalDate today() {
        return today;
    }

    /** Adds a violation of {@code rule} on {@code field}; the message key is the rule. */
    public void add(String field, String rule, Object value, Object... args) {
        addWithKey(rule, field, rule, value, args);
    }

    public void addWithKey(String key, String field, String rule, Object value, Object... args) {
        violations.add(Messages.violationWithKey(key, rule, field, zh(field), shown(field, value), args));
    }

    /** The standard's (Chinese) name of a field. */
    public String zh(String field) {
        FieldSpec spec = fields.get(field);
        return spec == null ? field : spec.field().zh();
    }

    private String shown(String field, Object value) {
        if (value == null) {
            return null;
        }
        FieldSpec spec = fields.get(field);
        String text = String.valueOf(value);
        return spec != null && spec.field().personal() ? Masking.mask(text) : text;
    }

    public boolean required(String field, Object value) {
        boolean present = value != null && !(value instanceof String s && s.isBlank())
                && !(value instanceof List<?> l && l.isEmpty());
        if (!present) {
            add(field, Rules.REQUIRED, null);
        }
        return present;
    }

    /** Free text: no control characters (tab and line breaks allowed), bounded length. */
    public void text(String field, String value, int maxLength) {
        if (value == null) {
            return;
        }
        int limit = maxLength > 0 ? maxLength : MAX_TEXT;
        if (value.codePointCount(0, value.length()) > limit) {
            add(field, Rules.TOO_LONG, null, limit);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                add(field, Rules.CONTROL_CHARACTERS, null, i + 1);
                return;
            }
        }
    }

    public void creditCode(String field, String value) {
        if (value == null) {
            return;
        }
        switch (UnifiedSocialCreditCode.check(value)) {
            case FORMAT -> add(field, Rules.USCC_FORMAT, value);
            case CHECKSUM -> add(field, Rules.USCC_CHECKSUM, value);
            case ORG_CODE_CHECKSUM -> add(field, Rules.USCC_ORG_CODE_CHECKSUM, value);
            case VALID -> { }
        }
    }

    public void residentIdNumber(String field, String value) {
        if (value == null) {
            return;
        }
        ResidentIdNumber.Check check = ResidentIdNumber.check(value);
        switch (check) {
            case FORMAT -> add(field, Rules.ID_NUMBER_FORMAT, value);
            case BIRTH_DATE -> add(field, Rules.ID_NUMBER_BIRTH_DATE, value);
            case CHECKSUM -> add(field, Rules.ID_NUMBER_CHECKSUM, value);
            case VALID -> { }
        }
        // Only the province (NN0000): the division table is partial, so an unknown county proves nothing.
        if (check != ResidentIdNumber.Check.FORMAT
                && !CodeTable.DIVISION.containsCode(value.substring(0, 2) + "0000")) {
            add(field, Rules.ID_NUMBER_DIVISION, value);
        }
    }

    /** An identity document: resident ID numbers are checked by their own rule, other types only for presence. */
    public void identityDocument(String typeField, String type, String numberField, String number) {
        if (type == null || !CodeTable.ID_TYPE.contains(type)) {
            return;
        }
        if (CodeTable.RESIDENT_ID.equals(CodeTable.ID_TYPE.canonical(type).orElseThrow())) {
            residentIdNumber(numberField, number);
        }
    }

    /** A six-digit administrative division code of the national table (GB/T 2260). */
    public void divisionCode(String field, String value) {
        if (value != null && !CodeTable.DIVISION.containsCode(value)) {
            add(field, Rules.DIVISION_CODE, value);
        }
    }

    public boolean codeTable(String field, String value, CodeTable table) {
        if (value == null) {
            return false;
        }
        if (!table.contains(value)) {
            add(field, Rules.CODE_TABLE, value, value, table.name());
            return false;
        }
        return true;
    }

    public void notInFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(today)) {
            add(field, Rules.DATE_IN_FUTURE, date, date);
        }
    }

    public void notBefore(String field, LocalDate date, String earlierField, LocalDate earlier) {
        if (date != null && earlier != null && date.isBefore(earlier)) {
            add(field, Rules.DATE_ORDER, date, date, earlierField, earlier, zh(earlierField));
        }
    }

    /** An amount in 万元: not negative, at most 12 integer digits and 6 decimals. */
    public void amount(String field, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            add(field, Rules.AMOUNT_NEGATIVE, amount.toPlainString());
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.precision() - stripped.scale() > MAX_AMOUNT_INTEGER_DIGITS || stripped.scale() > MAX_AMOUNT_SCALE) {
            add(field, Rules.AMOUNT_FORMAT, null, MAX_AMOUNT_INTEGER_DIGITS, MAX_AMOUNT_SCALE);
        }
    }

    /**
     * A value that another field also implies (the birth date in a resident ID number) must agree with it;
     * nothing is checked when either is unknown.
     */
    public void agreesWith(String field, Object value, String otherField, Object impliedByOther) {
        if (value != null && impliedByOther != null && !value.equals(impliedByOther)) {
            add(field, Rules.INCONSISTENT, value, otherField, zh(otherField));
        }
    }

    /** An amount that becomes required when a list field includes a value. */
    public void amountRequiredWhen(String field, BigDecimal amount, String listField, List<String> list, String value) {
        if (amount == null && list != null && list.contains(value)) {
            add(field, Rules.AMOUNT_REQUIRED, null, listField, zh(listField), value);
        }
    }
}
