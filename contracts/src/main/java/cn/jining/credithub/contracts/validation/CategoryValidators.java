package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.record.CreditRecord;
import cn.jining.credithub.contracts.record.RecordCategory;

/** Each category's cross-field rules; the switch makes a new category without its rules a compile error. */
final class CategoryValidators {

    private static final RecordValidator<?> PENALTY = new AdministrativePenaltyValidator();

    private CategoryValidators() {
    }

    @SuppressWarnings("unchecked")
    static <T extends CreditRecord> RecordValidator<T> of(RecordCategory category) {
        return (RecordValidator<T>) switch (category) {
            case ADMIN_PENALTY -> PENALTY;
        };
    }
}
