package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.record.CreditRecord;

/**
 * For categories whose fields are independent of each other (the legal-person base information): their
 * {@link cn.jining.credithub.contracts.record.Field} rules are all there is to check.
 */
final class FieldRulesOnly implements RecordValidator<CreditRecord> {

    @Override
    public void validate(CreditRecord record, Checks checks) {
        // Nothing beyond the field rules; named in CategoryValidators so that this is a decision, not an omission.
    }
}
