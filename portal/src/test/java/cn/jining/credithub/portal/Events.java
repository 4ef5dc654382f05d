package cn.jining.credithub.portal;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.publication.PublicationAction;
import cn.jining.credithub.contracts.publication.PublicationEvent;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectCategory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Publication events as the hub emits them, for the portal's tests. */
public final class Events {

    private Events() {
    }

    /** A published penalty of a company, masked as the hub masks it (the legal representative's name). */
    public static PublicationEvent penalty(String recordId, long sequence, String code, String name, String decision) {
        ObjectNode fields = ContractsJson.mapper().createObjectNode()
                .put("subjectName", name).put("uscc", code).put("legalRepresentative", "王*明")
                .put("decisionNumber", decision).put("violationType", "未按规定公示年度报告")
                .put("violationFacts", "逾期未公示 2025 年度报告").put("penaltyBasis", "《企业信息公示暂行条例》第八条")
                .put("penaltyContent", "警告并处罚款").put("fineAmount", "0.5").put("decisionDate", "2026-10-01")
                .put("authority", "济宁市市场监督管理局").put("idNumber", "370802199001011234");
        fields.putArray("penaltyKinds").add("警告").add("罚款");
        return event(PublicationAction.PUBLISH, RecordCategory.ADMIN_PENALTY, recordId, sequence, code, name, fields,
                LocalDate.now().minusDays(30), LocalDate.now().plusYears(1));
    }

    /** A black-list entry of a company. */
    public static PublicationEvent blackList(String recordId, long sequence, String code, String name) {
        ObjectNode fields = ContractsJson.mapper().createObjectNode().put("listName", "严重失信主体名单")
                .put("listType", "02").put("authority", "济宁市人力资源和社会保障局").put("entryDate", "2026-09-01");
        return event(PublicationAction.PUBLISH, RecordCategory.CREDIT_LIST, recordId, sequence, code, name, fields,
                LocalDate.now().minusDays(10), null);
    }

    /** The withdrawal of a record. */
    public static PublicationEvent withdraw(RecordCategory category, String recordId, long sequence) {
        return event(PublicationAction.WITHDRAW, category, recordId, sequence, null, null,
                ContractsJson.mapper().createObjectNode(), null, null);
    }

    public static PublicationEvent event(PublicationAction action, RecordCategory category, String recordId,
                                         long sequence, String code, String name, ObjectNode fields,
                                         LocalDate from, LocalDate until) {
        return new PublicationEvent(UUID.randomUUID().toString(), action,
                PublicationEvent.recordKey(category, "jn-amr", recordId), sequence, category, "jn-amr",
                "济宁市市场监督管理局", SubjectCategory.LEGAL_PERSON, code, name, from, until, false, fields,
                "published by rule", Instant.now());
    }

    /** The same event with another subject category. */
    public static PublicationEvent as(PublicationEvent e, SubjectCategory subject) {
        return new PublicationEvent(e.eventId(), e.action(), e.recordKey(), e.sequence(), e.category(), e.sourceId(),
                e.sourceName(), subject, e.subjectCode(), e.subjectName(), e.publishedFrom(), e.publishedUntil(),
                e.underObjection(), e.fields(), e.reason(), e.emittedAt());
    }

    /** The same event with another publication period. */
    public static PublicationEvent during(PublicationEvent e, LocalDate from, LocalDate until) {
        return new PublicationEvent(e.eventId(), e.action(), e.recordKey(), e.sequence(), e.category(), e.sourceId(),
                e.sourceName(), e.subjectCategory(), e.subjectCode(), e.subjectName(), from, until,
                e.underObjection(), e.fields(), e.reason(), e.emittedAt());
    }
}
