package cn.jining.credithub.contracts.record;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 行政处罚: an administrative penalty decision, with the fields of the national 双公示 standard.
 * Amounts are in 万元 (ten thousand yuan); dates are calendar dates.
 */
public record AdministrativePenalty(
        @Field(zh = "行政相对人名称", presence = Presence.ALWAYS, maxLength = 200) String subjectName,
        @Field(zh = "行政相对人类别", presence = Presence.ALWAYS) SubjectCategory subjectCategory,
        @Field(zh = "统一社会信用代码", presence = Presence.ORGANISATION, format = FieldFormat.CREDIT_CODE) String uscc,
        @Field(zh = "工商注册号", maxLength = 50) String businessRegistrationNo,
        @Field(zh = "组织机构代码", maxLength = 9) String organisationCode,
        @Field(zh = "税务登记号", maxLength = 50) String taxRegistrationNo,
        @Field(zh = "事业单位证书号", maxLength = 50) String publicInstitutionCertificateNo,
        @Field(zh = "社会组织登记证号", maxLength = 50) String socialOrganisationRegistrationNo,
        @Field(zh = "法定代表人", presence = Presence.LEGAL_PERSON, maxLength = 50) String legalRepresentative,
        @Field(zh = "法定代表人证件类型", codeTable = "id-type") String legalRepresentativeIdType,
        @Field(zh = "法定代表人证件号码", format = FieldFormat.DOCUMENT_NUMBER,
                documentTypeField = "legalRepresentativeIdType", personal = true, maxLength = 64) String legalRepresentativeIdNumber,
        @Field(zh = "证件类型", presence = Presence.NATURAL_PERSON, codeTable = "id-type") String idType,
        @Field(zh = "证件号码", presence = Presence.NATURAL_PERSON, format = FieldFormat.DOCUMENT_NUMBER,
                documentTypeField = "idType", personal = true, maxLength = 64) String idNumber,
        @Field(zh = "行政处罚决定书文号", presence = Presence.ALWAYS, maxLength = 128) String decisionNumber,
        @Field(zh = "违法行为类型", presence = Presence.ALWAYS, maxLength = 2000) String violationType,
        @Field(zh = "违法事实", presence = Presence.ALWAYS) String violationFacts,
        @Field(zh = "处罚依据", presence = Presence.ALWAYS) String penaltyBasis,
        @Field(zh = "处罚类别", presence = Presence.ALWAYS, codeTable = "penalty-kind") List<String> penaltyKinds,
        @Field(zh = "处罚内容", presence = Presence.ALWAYS) String penaltyContent,
        @Field(zh = "罚款金额（万元）") BigDecimal fineAmount,
        @Field(zh = "没收违法所得、没收非法财物的金额（万元）") BigDecimal confiscatedAmount,
        @Field(zh = "暂扣或吊销证照名称及编号", maxLength = 200) String suspendedOrRevokedLicence,
        @Field(zh = "处罚决定日期", presence = Presence.ALWAYS, notInFuture = true) LocalDate decisionDate,
        @Field(zh = "处罚有效期", presence = Presence.ALWAYS) LocalDate validUntil,
        @Field(zh = "公示截止期") LocalDate publicityDeadline,
        @Field(zh = "处罚机关", presence = Presence.ALWAYS, maxLength = 200) String authority,
        @Field(zh = "处罚机关统一社会信用代码", presence = Presence.ALWAYS, format = FieldFormat.CREDIT_CODE) String authorityUscc,
        @Field(zh = "数据来源单位", presence = Presence.ALWAYS, maxLength = 200) String dataSource,
        @Field(zh = "数据来源单位统一社会信用代码", presence = Presence.ALWAYS, format = FieldFormat.CREDIT_CODE) String dataSourceUscc,
        @Field(zh = "备注", maxLength = 2000) String remarks) implements CreditRecord {

    public AdministrativePenalty {
        penaltyKinds = penaltyKinds == null ? null : List.copyOf(penaltyKinds);
    }

    @Override
    @JsonIgnore
    public RecordCategory category() {
        return RecordCategory.ADMIN_PENALTY;
    }

    @Override
    @JsonIgnore
    public SubjectKey subjectKey() {
        return SubjectKeys.of(subjectCategory, uscc, idType, idNumber);
    }
}
