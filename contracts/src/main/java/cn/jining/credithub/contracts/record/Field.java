package cn.jining.credithub.contracts.record;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the data standard says of one field of a record: its name in the standard, when it is required,
 * its bounds and code table. The one source of truth for the generic field rules, the receipts' Chinese
 * field names and the published JSON Schema and XSD.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Field {

    /** The field's name in the national standard (Chinese). */
    String zh();

    /** For which subjects the field is required. */
    Presence presence() default Presence.OPTIONAL;

    /** Longest text in characters; 0 means the general bound for free text. */
    int maxLength() default 0;

    /** The code table (under {@code codetables/}) the value, or each value of a list, must be in. */
    String codeTable() default "";

    /** A rule for the value's form beyond its Java type. */
    FieldFormat format() default FieldFormat.TEXT;

    /** For a document number: the field holding its document type (a resident ID is then checked). */
    String documentTypeField() default "";

    /** Personal data: receipts and logs show the value masked. */
    boolean personal() default false;

    /** A date that cannot lie after today (decision dates). */
    boolean notInFuture() default false;
}
