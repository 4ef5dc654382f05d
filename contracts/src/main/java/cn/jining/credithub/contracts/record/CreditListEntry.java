package cn.jining.credithub.contracts.record;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;

/**
 * 红黑名单: one subject's entry on a red list (守信激励) or a black list (失信惩戒), from its entry until
 * its removal; the subject fields are those of {@link AdministrativePenalty}.
 */
public record CreditListEntry(
        @Field(zh = "名单名称", presence = Presence.ALWAYS, maxLength = 200) String listName,
        @Field(zh = "名单类型", presence = Presence.ALWAYS, codeTable = "list-type") String listType,
        @Field(zh = "主体名称", presence = Presence.ALWAYS, maxLength = 200) String subjectName,
        @Field(zh = "主体类别", presence = Presence.ALWAYS) SubjectCategory subjectCategory,
        @Field(zh = "统一社会信用代码", presence = Presence.ORGANISATION, format = FieldFormat.CREDIT_CODE) String uscc,
        @Field(zh = "证件类型", presence = Presence.NATURAL_PERSON, codeTable = "id-type") String idType,
        @Field(zh = "证件号码", presence = Presence.NATURAL_PERSON, format = FieldFormat.DOCUMENT_NUMBER,
                documentTypeField = "idType", personal = true, maxLength = 64) String idNumber,
        @Field(zh = "列入事由", presence = Presence.ALWAYS) String reason,
        @Field(zh = "认定部门", presence = Presence.ALWAYS, maxLength = 200) String authority,
        @Field(zh = "认定部门统一社会信用代码", presence = Presence.ALWAYS, format = FieldFormat.CREDIT_CODE) String authorityUscc,
        @Field(zh = "列入依据", presence = Presence.ALWAYS) String basis,
        @Field(zh = "列入日期", presence = Presence.ALWAYS, notInFuture = true) LocalDate entryDate,
        // A removal date may be announced ahead (a list with a fixed term), so it may lie in the future.
        @Field(zh = "移出日期") LocalDate removalDate,
        @Field(zh = "数据来源单位", presence = Presence.ALWAYS, maxLength = 200) String dataSource,
        @Field(zh = "数据来源单位统一社会信用代码", presence = Presence.ALWAYS, format = FieldFormat.CREDIT_CODE) String dataSourceUscc)
        implements CreditRecord {

    @Override
    @JsonIgnore
    public RecordCategory category() {
        return RecordCategory.CREDIT_LIST;
    }

    @Override
    @JsonIgnore
    public SubjectKey subjectKey() {
        return SubjectKeys.of(subjectCategory, uscc, idType, idNumber);
    }
}
