package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.record.CreditRecord;
import cn.jining.credithub.contracts.record.Field;
import cn.jining.credithub.contracts.record.FieldFormat;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectCategory;
import cn.jining.credithub.contracts.record.SubjectKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A record type for the normaliser's tests alone: one field of every kind the normaliser tells apart, so
 * that its tests do not move whenever a real category's fields change.
 */
record Specimen(
        @Field(zh = "名称") String name,
        @Field(zh = "统一社会信用代码", format = FieldFormat.CREDIT_CODE) String uscc,
        @Field(zh = "组织机构代码") String organisationCode,
        @Field(zh = "行政区划代码", format = FieldFormat.DIVISION_CODE) String division,
        @Field(zh = "证件类型", codeTable = "id-type") String idType,
        @Field(zh = "证件号码", format = FieldFormat.DOCUMENT_NUMBER, documentTypeField = "idType", personal = true)
        String idNumber,
        @Field(zh = "处罚类别", codeTable = "penalty-kind") List<String> kinds,
        @Field(zh = "备注") List<String> notes,
        @Field(zh = "决定日期") LocalDate date,
        @Field(zh = "出生日期", personal = true) LocalDate birthDate,
        @Field(zh = "金额（万元）") BigDecimal amount,
        @Field(zh = "主体类别") SubjectCategory subjectCategory) implements CreditRecord {

    @Override
    public RecordCategory category() {
        return RecordCategory.ADMIN_PENALTY;
    }

    @Override
    public SubjectKey subjectKey() {
        return null;
    }
}
