package cn.jining.credithub.contracts.record;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * 非企业法人基础信息: a legal person other than an enterprise (organ, public institution, social
 * organisation, foundation), for the legal-person base database.
 */
public record NonEnterpriseLegalPersonBasics(
        @Field(zh = "单位名称", presence = Presence.ALWAYS, maxLength = 200) String name,
        @Field(zh = "统一社会信用代码", presence = Presence.ALWAYS, format = FieldFormat.CREDIT_CODE) String uscc,
        @Field(zh = "法人类型", presence = Presence.ALWAYS, codeTable = "legal-person-kind") String kind,
        @Field(zh = "法定代表人", presence = Presence.ALWAYS, maxLength = 50) String legalRepresentative,
        @Field(zh = "登记管理机关", presence = Presence.ALWAYS, maxLength = 200) String registrationAuthority,
        @Field(zh = "住所", presence = Presence.ALWAYS, maxLength = 200) String address,
        @Field(zh = "所属行政区划", presence = Presence.ALWAYS, format = FieldFormat.DIVISION_CODE) String region,
        @Field(zh = "登记状态", presence = Presence.ALWAYS, codeTable = "registration-status") String registrationStatus)
        implements LegalPersonBasics {

    @Override
    @JsonIgnore
    public RecordCategory category() {
        return RecordCategory.NON_ENTERPRISE_BASICS;
    }
}
