package cn.jining.credithub.contracts.record;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 行政处罚: an administrative penalty decision, with the fields of the national 双公示 standard.
 * Amounts are in 万元 (ten thousand yuan); dates are calendar dates.
 */
public record AdministrativePenalty(
        @JsonPropertyDescription("行政相对人名称") String subjectName,
        @JsonPropertyDescription("行政相对人类别") SubjectCategory subjectCategory,
        @JsonPropertyDescription("行政相对人代码_1 统一社会信用代码") String uscc,
        @JsonPropertyDescription("行政相对人代码_2 工商注册号") String businessRegistrationNo,
        @JsonPropertyDescription("行政相对人代码_3 组织机构代码") String organisationCode,
        @JsonPropertyDescription("行政相对人代码_4 税务登记号") String taxRegistrationNo,
        @JsonPropertyDescription("行政相对人代码_5 事业单位证书号") String publicInstitutionCertificateNo,
        @JsonPropertyDescription("行政相对人代码_6 社会组织登记证号") String socialOrganisationRegistrationNo,
        @JsonPropertyDescription("法定代表人") String legalRepresentative,
        @JsonPropertyDescription("法定代表人证件类型") String legalRepresentativeIdType,
        @JsonPropertyDescription("法定代表人证件号码") String legalRepresentativeIdNumber,
        @JsonPropertyDescription("证件类型") String idType,
        @JsonPropertyDescription("证件号码") String idNumber,
        @JsonPropertyDescription("行政处罚决定书文号") String decisionNumber,
        @JsonPropertyDescription("违法行为类型") String violationType,
        @JsonPropertyDescription("违法事实") String violationFacts,
        @JsonPropertyDescription("处罚依据") String penaltyBasis,
        @JsonPropertyDescription("处罚类别") List<String> penaltyKinds,
        @JsonPropertyDescription("处罚内容") String penaltyContent,
        @JsonPropertyDescription("罚款金额（万元）") BigDecimal fineAmount,
        @JsonPropertyDescription("没收违法所得、没收非法财物的金额（万元）") BigDecimal confiscatedAmount,
        @JsonPropertyDescription("暂扣或吊销证照名称及编号") String suspendedOrRevokedLicence,
        @JsonPropertyDescription("处罚决定日期") LocalDate decisionDate,
        @JsonPropertyDescription("处罚有效期") LocalDate validUntil,
        @JsonPropertyDescription("公示截止期") LocalDate publicityDeadline,
        @JsonPropertyDescription("处罚机关") String authority,
        @JsonPropertyDescription("处罚机关统一社会信用代码") String authorityUscc,
        @JsonPropertyDescription("数据来源单位") String dataSource,
        @JsonPropertyDescription("数据来源单位统一社会信用代码") String dataSourceUscc,
        @JsonPropertyDescription("备注") String remarks) implements CreditRecord {

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
        if (subjectCategory == null) {
            return null;
        }
        return subjectCategory.keyedByCreditCode()
                ? new SubjectKey(subjectCategory, uscc)
                : new SubjectKey(subjectCategory, idType + ":" + idNumber);
    }
}
