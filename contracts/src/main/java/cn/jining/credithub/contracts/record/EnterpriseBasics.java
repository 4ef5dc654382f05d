package cn.jining.credithub.contracts.record;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.LocalDate;

/** 企业基础信息: an enterprise's registration data, for the legal-person base database. */
public record EnterpriseBasics(
        @Field(zh = "企业名称", presence = Presence.ALWAYS, maxLength = 200) String name,
        @Field(zh = "统一社会信用代码", presence = Presence.ALWAYS, format = FieldFormat.CREDIT_CODE) String uscc,
        @Field(zh = "企业类型", presence = Presence.ALWAYS, maxLength = 100) String enterpriseType,
        @Field(zh = "法定代表人", presence = Presence.ALWAYS, maxLength = 50) String legalRepresentative,
        // Optional: partnerships, sole proprietorships and branches are registered without a registered capital.
        @Field(zh = "注册资本（万元）") BigDecimal registeredCapital,
        @Field(zh = "成立日期", presence = Presence.ALWAYS, notInFuture = true) LocalDate establishmentDate,
        @Field(zh = "登记机关", presence = Presence.ALWAYS, maxLength = 200) String registrationAuthority,
        @Field(zh = "经营范围", presence = Presence.ALWAYS) String businessScope,
        @Field(zh = "住所", presence = Presence.ALWAYS, maxLength = 200) String address,
        @Field(zh = "登记状态", presence = Presence.ALWAYS, codeTable = "registration-status") String registrationStatus,
        @Field(zh = "所属行政区划", presence = Presence.ALWAYS, format = FieldFormat.DIVISION_CODE) String region)
        implements LegalPersonBasics {

    @Override
    @JsonIgnore
    public RecordCategory category() {
        return RecordCategory.ENTERPRISE_BASICS;
    }
}
