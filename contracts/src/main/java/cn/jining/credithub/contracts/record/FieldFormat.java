package cn.jining.credithub.contracts.record;

/** Forms of field values that their Java type alone does not express. */
public enum FieldFormat {
    TEXT,
    /** A unified social credit code (GB 32100-2015). */
    CREDIT_CODE,
    /** An identity document number, checked by the type named in {@link Field#documentTypeField()}. */
    DOCUMENT_NUMBER,
    /** A six-digit administrative division code (GB/T 2260). */
    DIVISION_CODE
}
