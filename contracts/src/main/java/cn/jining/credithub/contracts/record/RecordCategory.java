package cn.jining.credithub.contracts.record;

import java.util.Arrays;
import java.util.Optional;

/** The record categories of the data standard; each names its canonical record type. */
public enum RecordCategory {
    ADMIN_PENALTY("行政处罚", AdministrativePenalty.class);

    private final String label;
    private final Class<? extends CreditRecord> recordType;

    RecordCategory(String label, Class<? extends CreditRecord> recordType) {
        this.label = label;
        this.recordType = recordType;
    }

    public String label() {
        return label;
    }

    public Class<? extends CreditRecord> recordType() {
        return recordType;
    }

    /** Finds a category by its code (e.g. {@code ADMIN_PENALTY}) or its Chinese label. */
    public static Optional<RecordCategory> of(String codeOrLabel) {
        if (codeOrLabel == null) {
            return Optional.empty();
        }
        String key = codeOrLabel.trim();
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(key) || c.label.equals(key)).findFirst();
    }
}
