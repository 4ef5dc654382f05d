package cn.jining.credithub.contracts.record;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;

/** 自然人基础信息: a natural person's identity, for the natural-person base database. Personal data throughout. */
public record NaturalPersonBasics(
        @Field(zh = "姓名", presence = Presence.ALWAYS, maxLength = 100, personal = true) String name,
        @Field(zh = "证件类型", presence = Presence.ALWAYS, codeTable = "id-type") String idType,
        @Field(zh = "证件号码", presence = Presence.ALWAYS, format = FieldFormat.DOCUMENT_NUMBER,
                documentTypeField = "idType", personal = true, maxLength = 64) String idNumber,
        @Field(zh = "性别", codeTable = "gender") String gender,
        @Field(zh = "出生日期", notInFuture = true, personal = true) LocalDate birthDate,
        @Field(zh = "所属行政区划", format = FieldFormat.DIVISION_CODE) String region) implements CreditRecord {

    @Override
    @JsonIgnore
    public RecordCategory category() {
        return RecordCategory.NATURAL_PERSON_BASICS;
    }

    /** Always a natural person: the record is about the person, so it carries no category field. */
    @Override
    @JsonIgnore
    public SubjectCategory subjectCategory() {
        return SubjectCategory.NATURAL_PERSON;
    }

    @Override
    @JsonIgnore
    public SubjectKey subjectKey() {
        return SubjectKeys.of(SubjectCategory.NATURAL_PERSON, null, idType, idNumber);
    }
}
