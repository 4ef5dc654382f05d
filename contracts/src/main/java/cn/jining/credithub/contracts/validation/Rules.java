package cn.jining.credithub.contracts.validation;

/** The stable codes of the validation rules; receipts carry them, and bureaus may program against them. */
public final class Rules {

    public static final String REQUIRED = "REQUIRED";
    public static final String FORMAT = "FORMAT";
    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    public static final String UNKNOWN_CATEGORY = "UNKNOWN_CATEGORY";
    public static final String CATEGORY_NOT_PERMITTED = "CATEGORY_NOT_PERMITTED";
    public static final String RECORD_ID = "RECORD_ID";
    public static final String USCC_FORMAT = "USCC_FORMAT";
    public static final String USCC_CHECKSUM = "USCC_CHECKSUM";
    public static final String USCC_ORG_CODE_CHECKSUM = "USCC_ORG_CODE_CHECKSUM";
    public static final String ID_NUMBER_FORMAT = "ID_NUMBER_FORMAT";
    public static final String ID_NUMBER_BIRTH_DATE = "ID_NUMBER_BIRTH_DATE";
    public static final String ID_NUMBER_CHECKSUM = "ID_NUMBER_CHECKSUM";
    public static final String ID_NUMBER_DIVISION = "ID_NUMBER_DIVISION";
    public static final String DIVISION_CODE = "DIVISION_CODE";
    public static final String CODE_TABLE = "CODE_TABLE";
    public static final String CONTROL_CHARACTERS = "CONTROL_CHARACTERS";
    /** A character no destination can store: a C0 control (outside free-text line breaks), a lone surrogate, a non-character. */
    public static final String FORBIDDEN_CHARACTER = "FORBIDDEN_CHARACTER";
    public static final String TOO_LONG = "TOO_LONG";
    public static final String DATE_IN_FUTURE = "DATE_IN_FUTURE";
    public static final String DATE_ORDER = "DATE_ORDER";
    public static final String AMOUNT_NEGATIVE = "AMOUNT_NEGATIVE";
    public static final String AMOUNT_FORMAT = "AMOUNT_FORMAT";
    public static final String AMOUNT_REQUIRED = "AMOUNT_REQUIRED";
    public static final String DUPLICATE_IN_BATCH = "DUPLICATE_IN_BATCH";
    /** A field disagrees with what another field implies (e.g. a birth date and the resident ID number). */
    public static final String INCONSISTENT = "INCONSISTENT";
    /** The record belongs to an administrative division outside the submitting source's registered region. */
    public static final String REGION_NOT_PERMITTED = "REGION_NOT_PERMITTED";

    private Rules() {
    }
}
