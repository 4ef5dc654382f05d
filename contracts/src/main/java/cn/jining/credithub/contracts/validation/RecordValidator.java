package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.record.CreditRecord;
import java.util.List;

/** Checks one canonical record against the rules of its category and returns every violation found. */
public interface RecordValidator<T extends CreditRecord> {

    List<Violation> validate(T record);
}
