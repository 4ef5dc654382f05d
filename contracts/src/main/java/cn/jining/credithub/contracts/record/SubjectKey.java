package cn.jining.credithub.contracts.record;

/**
 * The key of the subject a record is about: an organisation's unified social credit code, or a natural
 * person's document type and number. It decides which base database a record belongs to.
 */
public record SubjectKey(SubjectCategory category, String code) {
}
