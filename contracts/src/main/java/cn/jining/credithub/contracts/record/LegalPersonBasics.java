package cn.jining.credithub.contracts.record;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Base information about a legal person itself (enterprise or non-enterprise): always a legal person,
 * keyed by its unified social credit code, so the record carries no subject-category field.
 */
public interface LegalPersonBasics extends CreditRecord {

    String uscc();

    @Override
    @JsonIgnore
    default SubjectCategory subjectCategory() {
        return SubjectCategory.LEGAL_PERSON;
    }

    @Override
    @JsonIgnore
    default SubjectKey subjectKey() {
        return new SubjectKey(SubjectCategory.LEGAL_PERSON, uscc());
    }
}
