package cn.jining.credithub.contracts.validation;

/**
 * One broken rule of one record: the field (JSON property name, or {@code *} for the whole record), the
 * stable rule code, the offending value (masked where it is personal data, absent where there is none),
 * and the message in English and in Chinese.
 */
public record Violation(String field, String rule, String value, String message, String messageZh) {
}
