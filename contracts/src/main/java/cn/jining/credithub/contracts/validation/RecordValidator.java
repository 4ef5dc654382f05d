package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.record.CreditRecord;

/**
 * The rules of one category that go beyond its fields' own descriptions (cross-field rules). The
 * per-field rules of {@link cn.jining.credithub.contracts.record.Field} run before, in {@link FieldRules}.
 */
public interface RecordValidator<T extends CreditRecord> {

    void validate(T record, Checks checks);
}
