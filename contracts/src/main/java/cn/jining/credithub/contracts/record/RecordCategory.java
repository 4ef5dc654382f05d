package cn.jining.credithub.contracts.record;

import java.util.Arrays;
import java.util.Optional;

/** The record categories of the data standard; each names its canonical record type. */
public enum RecordCategory {
    ADMIN_PENALTY("行政处罚", AdministrativePenalty.class),
    ADMIN_LICENCE("行政许可", AdministrativeLicence.class),
    CREDIT_LIST("红黑名单", CreditListEntry.class),
    ENTERPRISE_BASICS("企业基础信息", EnterpriseBasics.class),
    NON_ENTERPRISE_BASICS("非企业法人基础信息", NonEnterpriseLegalPersonBasics.class),
    NATURAL_PERSON_BASICS("自然人基础信息", NaturalPersonBasics.class);

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
