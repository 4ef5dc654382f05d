package cn.jining.credithub.contracts.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** 行政相对人类别: the kind of subject a record is about, which decides its key and required fields. */
public enum SubjectCategory {
    LEGAL_PERSON("法人及非法人组织"),
    NATURAL_PERSON("自然人"),
    INDIVIDUAL_BUSINESS("个体工商户");

    private final String label;

    SubjectCategory(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** Organisations and individual businesses are keyed by the unified social credit code. */
    public boolean keyedByCreditCode() {
        return this != NATURAL_PERSON;
    }

    /** Accepts the Chinese label of the standard or the constant name. */
    @JsonCreator
    public static SubjectCategory of(String value) {
        String key = value == null ? "" : value.trim();
        return Arrays.stream(values())
                .filter(c -> c.label.equals(key) || c.name().equalsIgnoreCase(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a subject category: " + value));
    }
}
