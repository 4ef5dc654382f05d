package cn.jining.credithub.contracts.record;

/** A canonical credit record of one category of the data standard. */
public interface CreditRecord {

    RecordCategory category();

    /** The kind of subject the record is about; decides which fields are required. */
    SubjectCategory subjectCategory();

    /** The subject the record is about, as far as the record names it. */
    SubjectKey subjectKey();
}
