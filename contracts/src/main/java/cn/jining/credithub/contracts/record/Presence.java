package cn.jining.credithub.contracts.record;

/** When a field is required, by the category of the record's subject. */
public enum Presence {
    ALWAYS,
    /** Legal persons and individual businesses: the subjects keyed by a unified social credit code. */
    ORGANISATION,
    LEGAL_PERSON,
    NATURAL_PERSON,
    OPTIONAL;

    public boolean requiredFor(SubjectCategory subject) {
        return switch (this) {
            case ALWAYS -> true;
            case ORGANISATION -> subject != null && subject.keyedByCreditCode();
            case LEGAL_PERSON -> subject == SubjectCategory.LEGAL_PERSON;
            case NATURAL_PERSON -> subject == SubjectCategory.NATURAL_PERSON;
            case OPTIONAL -> false;
        };
    }
}
