package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.code.CodeTable;
import cn.jining.credithub.contracts.code.ResidentIdNumber;
import cn.jining.credithub.contracts.record.NaturalPersonBasics;
import java.util.Optional;

/**
 * The cross-field rules of 自然人基础信息: a resident ID number carries the birth date and the sex
 * (GB 11643-1999), so the record's own birth date and gender must agree with it.
 */
final class NaturalPersonBasicsValidator implements RecordValidator<NaturalPersonBasics> {

    private static final CodeTable GENDER = CodeTable.named("gender");
    private static final String MALE = "男性";
    private static final String FEMALE = "女性";
    /** Position 17, the last digit of the sequence: odd for men, even for women. */
    private static final int SEX_DIGIT = 16;

    @Override
    public void validate(NaturalPersonBasics person, Checks c) {
        String number = person.idNumber();
        boolean residentId = CodeTable.ID_TYPE.canonical(person.idType())
                .filter(CodeTable.RESIDENT_ID::equals).isPresent();
        // A number that fails its own check has been reported already; it cannot testify against other fields.
        if (!residentId || !ResidentIdNumber.isValid(number)) {
            return;
        }
        c.agreesWith("birthDate", person.birthDate(), "idNumber", ResidentIdNumber.birthDate(number));
        // Only 男性 and 女性 can contradict the number; 未知的性别 and 未说明的性别 state nothing.
        Optional<String> gender = GENDER.canonical(person.gender()).filter(g -> g.equals(MALE) || g.equals(FEMALE));
        if (gender.isPresent()) {
            String implied = (number.charAt(SEX_DIGIT) - '0') % 2 == 1 ? MALE : FEMALE;
            c.agreesWith("gender", gender.get(), "idNumber", implied);
        }
    }
}
