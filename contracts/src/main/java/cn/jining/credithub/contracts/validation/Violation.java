package cn.jining.credithub.contracts.validation;

/**
 * One broken rule of one record: the field (JSON property name, or {@code *} for the whole record), the
 * stable rule code, and a message a bureau integrator can act on.
 */
public record Violation(String field, String rule, String message) {
}
