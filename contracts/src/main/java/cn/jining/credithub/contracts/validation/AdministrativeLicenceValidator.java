package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.record.AdministrativeLicence;

/** The cross-field rule of 行政许可: its term of validity ends no earlier than it begins. */
final class AdministrativeLicenceValidator implements RecordValidator<AdministrativeLicence> {

    @Override
    public void validate(AdministrativeLicence licence, Checks c) {
        c.notBefore("validTo", licence.validTo(), "validFrom", licence.validFrom());
        // The standard sets no order between 许可决定日期 and 有效期自, so none is checked here.
    }
}
