package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.record.CreditListEntry;

/** The cross-field rule of 红黑名单: a subject leaves a list no earlier than it entered it. */
final class CreditListEntryValidator implements RecordValidator<CreditListEntry> {

    @Override
    public void validate(CreditListEntry entry, Checks c) {
        c.notBefore("removalDate", entry.removalDate(), "entryDate", entry.entryDate());
    }
}
