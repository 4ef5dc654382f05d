package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.code.CodeTable;
import cn.jining.credithub.contracts.code.ResidentIdNumber;
import cn.jining.credithub.contracts.code.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects the violations of one record; each method checks one rule on one field and never stops early. */
public final class Checks {

    /** Longest text the standard's free-text fields may carry (characters). */
    public static final int MAX_TEXT = 4000;
    public static final int MAX_AMOUNT_INTEGER_DIGITS = 12;
    public static final int MAX_AMOUNT_SCALE = 6;
    private final List<Violation> violations = new ArrayList<>();
    private final LocalDate today;

    public Checks(LocalDate today) {
        this.today = today;
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public void add(String field, String rule, String message) {
        violations.add(new Violation(field, rule, message));
    }

    public boolean required(String field, Object value) {
        boolean present = value != null && !(value instanceof String s && s.isBlank())
                && !(value instanceof List<?> l && l.isEmpty());
        if (!present) {
            add(field, Rules.REQUIRED, field + " is required");
        }
        return present;
    }

    /** Free text: no control characters (tab and line breaks allowed), bounded length. */
    public void text(String field, String value) {
        if (value == null) {
            return;
        }
        if (value.length() > MAX_TEXT) {
            add(field, Rules.TOO_LONG, field + " is longer than " + MAX_TEXT + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                add(field, Rules.CONTROL_CHARACTERS, field + " contains a control character at position " + (i + 1));
                return;
            }
        }
    }

    public void creditCode(String field, String value) {
        if (value == null) {
            return;
        }
        switch (UnifiedSocialCreditCode.check(value)) {
            case FORMAT -> add(field, Rules.USCC_FORMAT,
                    field + " must be 18 characters of " + UnifiedSocialCreditCode.ALPHABET);
            case CHECKSUM -> add(field, Rules.USCC_CHECKSUM,
                    field + " has a wrong check character (GB 32100-2015)");
            case ORG_CODE_CHECKSUM -> add(field, Rules.USCC_ORG_CODE_CHECKSUM,
                    field + " has a wrong organisation-code check character in position 17 (GB 11714)");
            case VALID -> { }
        }
    }

    public void residentIdNumber(String field, String value) {
        if (value == null) {
            return;
        }
        switch (ResidentIdNumber.check(value)) {
            case FORMAT -> add(field, Rules.ID_NUMBER_FORMAT, field + " must be 17 digits and a digit or X");
            case BIRTH_DATE -> add(field, Rules.ID_NUMBER_BIRTH_DATE, field + " does not contain a real birth date");
            case CHECKSUM -> add(field, Rules.ID_NUMBER_CHECKSUM,
                    field + " has a wrong check character (GB 11643-1999)");
            case VALID -> { }
        }
    }

    /** An identity document: resident ID numbers are checked by their own rule, other types only for presence. */
    public void identityDocument(String typeField, String type, String numberField, String number) {
        if (type == null) {
            return;
        }
        if (!codeTable(typeField, type, CodeTable.ID_TYPE)) {
            return;
        }
        if ("身份证".equals(CodeTable.ID_TYPE.canonical(type).orElseThrow())) {
            residentIdNumber(numberField, number);
        }
    }

    public boolean codeTable(String field, String value, CodeTable table) {
        if (value == null) {
            return false;
        }
        if (!table.contains(value)) {
            add(field, Rules.CODE_TABLE, field + " '" + value + "' is not in code table " + table.name());
            return false;
        }
        return true;
    }

    public void notInFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(today)) {
            add(field, Rules.DATE_IN_FUTURE, field + " " + date + " is in the future");
        }
    }

    public void notBefore(String field, LocalDate date, String earlierField, LocalDate earlier) {
        if (date != null && earlier != null && date.isBefore(earlier)) {
            add(field, Rules.DATE_ORDER, field + " " + date + " is before " + earlierField + " " + earlier);
        }
    }

    /** An amount in 万元: not negative, at most 12 integer digits and 6 decimals (to the cent and beyond). */
    public void amount(String field, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            add(field, Rules.AMOUNT_NEGATIVE, field + " must not be negative");
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.precision() - stripped.scale() > MAX_AMOUNT_INTEGER_DIGITS || stripped.scale() > MAX_AMOUNT_SCALE) {
            add(field, Rules.AMOUNT_FORMAT, field + " must have at most " + MAX_AMOUNT_INTEGER_DIGITS
                    + " digits before and " + MAX_AMOUNT_SCALE + " after the decimal point");
        }
    }
}
