package cn.jining.credithub.services.publication;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.publication.PublicationAction;
import cn.jining.credithub.contracts.publication.PublicationEvent;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectCategory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;

/** Makes the feed's events: masked fields, the source's public name, a fresh event id and the hub's time. */
final class PublicationEvents {

    private final PublicationMasking masking;
    private final Function<String, String> sourceNames;
    private final Clock clock;

    PublicationEvents(PublicationMasking masking, Function<String, String> sourceNames, Clock clock) {
        this.masking = masking;
        this.sourceNames = sourceNames;
        this.clock = clock;
    }

    /** A publish or update event carrying the record's masked fields. */
    PublicationEvent showing(PublicationAction action, String key, long sequence, RecordCategory category,
                             String sourceId, AcceptedRecord record, PublicationDecision decision,
                             boolean underObjection, String reason) {
        SubjectCategory subject = subject(record);
        ObjectNode fields = masking.mask(record.data().isObject() ? (ObjectNode) record.data()
                : ContractsJson.mapper().createObjectNode(), subject);
        return new PublicationEvent(UUID.randomUUID().toString(), action, key, sequence, category, sourceId,
                sourceNames.apply(sourceId), subject, subjectCode(subject, record.subjectCode()),
                fields.path("subjectName").asText(null), decision.from(), decision.until(), underObjection, fields,
                reason, clock.instant());
    }

    /** The record's subject category; null when it names none (nothing is published about an unknown subject). */
    SubjectCategory subject(AcceptedRecord record) {
        try {
            return SubjectCategory.of(record.subjectCategory());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A withdrawal: the record's identity and no fields. */
    PublicationEvent withdrawal(PublicationEvent last, long sequence, String reason) {
        return new PublicationEvent(UUID.randomUUID().toString(), PublicationAction.WITHDRAW, last.recordKey(), sequence,
                last.category(), last.sourceId(), last.sourceName(), last.subjectCategory(), last.subjectCode(),
                last.subjectName(), last.publishedFrom(), last.publishedUntil(), last.underObjection(),
                ContractsJson.mapper().createObjectNode(), reason, clock.instant());
    }

    /** The last shown event again as an update with another objection mark. */
    PublicationEvent remarked(PublicationEvent last, long sequence, boolean underObjection, String reason) {
        return new PublicationEvent(UUID.randomUUID().toString(), PublicationAction.UPDATE, last.recordKey(), sequence,
                last.category(), last.sourceId(), last.sourceName(), last.subjectCategory(), last.subjectCode(),
                last.subjectName(), last.publishedFrom(), last.publishedUntil(), underObjection, last.fields(), reason,
                clock.instant());
    }

    /** A natural person's key is "document type:number": the number is masked as an ID number is. */
    private String subjectCode(SubjectCategory subject, String code) {
        if (code == null || subject.keyedByCreditCode()) {
            return code;
        }
        int colon = code.lastIndexOf(':');
        return code.substring(0, colon + 1)
                + PublicationMasking.apply(masking.ruleFor("idNumber", subject), code.substring(colon + 1));
    }
}
