package cn.jining.credithub.contracts.publication;

import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectCategory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One event of the publication feed (docs/publication.md): the hub's instruction to a public site about one record,
 * already masked and within its legal period. Events of one record carry increasing {@code sequence} numbers; a
 * consumer applies an event only when its sequence is higher than the one it holds for that record (so replays and
 * late older events change nothing) and answers a duplicate {@code eventId} as already done.
 *
 * @param eventId          unique id of this event (idempotency key)
 * @param action           publish, update or withdraw
 * @param recordKey        the record's public key: category, source and the source's record id, joined by '/'
 * @param sequence         per-record order, increasing with every event of that record
 * @param category         the record's category
 * @param sourceId         the source (bureau) that collected the record
 * @param sourceName       the source's name as shown to the public
 * @param subjectCategory  the kind of subject (never a natural person's record unless the rules publish it)
 * @param subjectCode      the subject's code as published (masked where the rules require)
 * @param subjectName      the subject's name as published (masked where the rules require)
 * @param publishedFrom    first day shown
 * @param publishedUntil   last day shown (null: no end)
 * @param underObjection   an objection is open on the record
 * @param fields           the record's published fields (masked); empty on a withdrawal
 * @param reason           why: the rule, correction, repair or withdrawal that caused the event
 * @param emittedAt        when the hub emitted it
 */
public record PublicationEvent(String eventId, PublicationAction action, String recordKey, long sequence,
                               RecordCategory category, String sourceId, String sourceName,
                               SubjectCategory subjectCategory, String subjectCode, String subjectName,
                               LocalDate publishedFrom, LocalDate publishedUntil, boolean underObjection,
                               ObjectNode fields, String reason, Instant emittedAt) {

    /** The hub's durable queue of these events (its broker.xml and config name the same), read by the public site. */
    public static final String FEED_QUEUE = "credit.publication.feed";

    public PublicationEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordKey, "recordKey");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(emittedAt, "emittedAt");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
    }

    /** The record key of a record: {@code CATEGORY/sourceId/recordId}. */
    public static String recordKey(RecordCategory category, String sourceId, String recordId) {
        return category.name() + "/" + sourceId + "/" + recordId;
    }

    /** Whether this event should replace what a consumer holds at {@code heldSequence} (0 = nothing held). */
    public boolean supersedes(long heldSequence) {
        return sequence > heldSequence;
    }
}
