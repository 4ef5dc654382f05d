package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.record.CreditRecord;
import cn.jining.credithub.contracts.record.RecordCategory;

/** Each category's cross-field rules; the switch makes a new category without its rules a compile error. */
final class CategoryValidators {

    private static final RecordValidator<?> PENALTY = new AdministrativePenaltyValidator();
    private static final RecordValidator<?> LICENCE = new AdministrativeLicenceValidator();
    private static final RecordValidator<?> CREDIT_LIST_ENTRY = new CreditListEntryValidator();
    private static final RecordValidator<?> NATURAL_PERSON = new NaturalPersonBasicsValidator();
    private static final RecordValidator<?> FIELD_RULES_ONLY = new FieldRulesOnly();

    private CategoryValidators() {
    }

    @SuppressWarnings("unchecked")
    static <T extends CreditRecord> RecordValidator<T> of(RecordCategory category) {
        return (RecordValidator<T>) switch (category) {
            case ADMIN_PENALTY -> PENALTY;
            case ADMIN_LICENCE -> LICENCE;
            case CREDIT_LIST -> CREDIT_LIST_ENTRY;
            case ENTERPRISE_BASICS, NON_ENTERPRISE_BASICS -> FIELD_RULES_ONLY;
            case NATURAL_PERSON_BASICS -> NATURAL_PERSON;
        };
    }
}
