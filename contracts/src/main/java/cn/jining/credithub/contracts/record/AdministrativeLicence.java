package cn.jining.credithub.contracts.record;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;

/**
 * 行政许可: an administrative licensing decision, with the fields of the national 双公示 standard; the
 * subject fields are those of {@link AdministrativePenalty}.
 */
public record AdministrativeLicence(
        @Field(zh = "行政相对人名称", presence = Presence.ALWAYS, maxLength = 200) String subjectName,
        @Field(zh = "行政相对人类别", presence = Presence.ALWAYS) SubjectCategory subjectCategory,
        @Field(zh = "统一社会信用代码", presence = Presence.ORGANISATION, format = FieldFormat.CREDIT_CODE) String uscc,
        @Field(zh = "工商注册号", maxLength = 50) String businessRegistrationNo,
        @Field(zh = "组织机构代码", maxLength = 9) String organisationCode,
        @Field(zh = "税务登记号", maxLength = 50) String taxRegistrationNo,
        @Field(zh = "事业单位证书号", maxLength = 50) String publicInstitutionCertificateNo,
        @Field(zh = "社会组织登记证号", maxLength = 50) String socialOrganisationRegistrationNo,
        // Unlike the penalty, the licence list of the standard does not require the legal representative.
        @Field(zh = "法定代表人", maxLength = 50) String legalRepresentative,
        @Field(zh = "法定代表人证件类型", codeTable = "id-type") String legalRepresentativeIdType,
        @Field(zh = "法定代表人证件号码", format = FieldFormat.DOCUMENT_NUMBER,
                documentTypeField = "legalRepresentativeIdType", personal = true, maxLength = 64) String legalRepresentativeIdNumber,
        @Field(zh = "证件类型", presence = Presence.NATURAL_PERSON, codeTable = "id-type") String idType,
        @Field(zh = "证件号码", presence = Presence.NATURAL_PERSON, format = FieldFormat.DOCUMENT_NUMBER,
                documentTypeField = "idType", personal = true, maxLength = 64) String idNumber,
        @Field(zh = "行政许可决定文书名称", presence = Presence.ALWAYS, maxLength = 128) String decisionDocumentName,
        @Field(zh = "行政许可决定文书号", presence = Presence.ALWAYS, maxLength = 128) String decisionNumber,
        @Field(zh = "许可类别", presence = Presence.ALWAYS, codeTable = "licence-kind") String licenceKind,
        @Field(zh = "许可证书名称", maxLength = 128) String certificateName,
        @Field(zh = "许可编号", maxLength = 128) String licenceNumber,
        @Field(zh = "许可内容", presence = Presence.ALWAYS) String licenceContent,
        @Field(zh = "许可决定日期", presence = Presence.ALWAYS, notInFuture = true) LocalDate decisionDate,
        @Field(zh = "有效期自", presence = Presence.ALWAYS) LocalDate validFrom,
        @Field(zh = "有效期至", presence = Presence.ALWAYS) LocalDate validTo,
        @Field(zh = "许可机关", presence = Presence.ALWAYS, maxLength = 200) String authority,
        @Field(zh = "许可机关统一社会信用代码", presence = Presence.ALWAYS, format = FieldFormat.CREDIT_CODE) String authorityUscc,
        @Field(zh = "当前状态", presence = Presence.ALWAYS, codeTable = "licence-status") String currentStatus,
        @Field(zh = "数据来源单位", presence = Presence.ALWAYS, maxLength = 200) String dataSource,
        @Field(zh = "数据来源单位统一社会信用代码", presence = Presence.ALWAYS, format = FieldFormat.CREDIT_CODE) String dataSourceUscc,
        @Field(zh = "备注", maxLength = 2000) String remarks) implements CreditRecord {

    @Override
    @JsonIgnore
    public RecordCategory category() {
        return RecordCategory.ADMIN_LICENCE;
    }

    @Override
    @JsonIgnore
    public SubjectKey subjectKey() {
        return SubjectKeys.of(subjectCategory, uscc, idType, idNumber);
    }
}
