package cn.jining.credithub.services.policy;

/**
 * Personal data a party may see unmasked; everything not revealed is masked: ID numbers keep their first six and
 * last four characters, phone numbers and birth dates are hidden, natural persons' names keep their first character.
 */
public enum Reveal {
    ID_NUMBER,
    PHONE,
    PERSON_NAME,
    BIRTH_DATE
}
