package cn.jining.credithub.portal.feed;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.publication.PublicationAction;
import cn.jining.credithub.contracts.publication.PublicationEvent;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectCategory;
import cn.jining.credithub.portal.store.ListType;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the site's store in step with the publication feed (docs/portal.md, "The feed"): each event in one
 * transaction, idempotent by event id, in order per record by sequence (a late older event changes nothing),
 * a withdrawal hides the record, a natural person's record is dropped.
 */
@Component
public class FeedApplier {

    private static final Logger LOG = LoggerFactory.getLogger(FeedApplier.class);
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public FeedApplier(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Applies one event; safe to call again with the same event. */
    public ApplyOutcome apply(PublicationEvent event) {
        ApplyOutcome outcome = transactions.execute(status -> applyInTransaction(event));
        LOG.debug("publication event {} ({} {} #{}): {}", event.eventId(), event.action(), event.recordKey(),
                event.sequence(), outcome);
        return outcome;
    }

    private ApplyOutcome applyInTransaction(PublicationEvent event) {
        List<String> done = jdbc.queryForList("SELECT outcome FROM applied_event WHERE event_id = ?", String.class,
                event.eventId());
        if (!done.isEmpty()) {
            return ApplyOutcome.DUPLICATE;
        }
        ApplyOutcome outcome = change(event);
        jdbc.update("INSERT INTO applied_event (event_id, record_key, outcome, applied_at) VALUES (?, ?, ?, ?)",
                event.eventId(), event.recordKey(), outcome.name(), Timestamp.from(clock.instant()));
        return outcome;
    }

    private ApplyOutcome change(PublicationEvent event) {
        if (event.subjectCategory() == SubjectCategory.NATURAL_PERSON
                || event.category() == RecordCategory.NATURAL_PERSON_BASICS) {
            // SECURITY: the public site never holds a natural person's data, whatever the feed sends.
            jdbc.update("DELETE FROM published_record WHERE record_key = ?", event.recordKey());
            return ApplyOutcome.DROPPED;
        }
        List<Long> held = jdbc.queryForList("SELECT record_sequence FROM published_record WHERE record_key = ? FOR UPDATE",
                Long.class, event.recordKey());
        if (!event.supersedes(held.isEmpty() ? 0 : held.get(0))) {
            return ApplyOutcome.STALE;
        }
        boolean withdraw = event.action() == PublicationAction.WITHDRAW;
        Object[] values = {event.sequence(), !withdraw, event.category().name(), event.sourceId(), event.sourceName(),
                event.subjectCategory() == null ? null : event.subjectCategory().name(), event.subjectCode(),
                event.subjectName(), listType(event), date(event.publishedFrom()), date(event.publishedUntil()),
                event.underObjection(), withdraw ? null : json(event), Timestamp.from(event.emittedAt()),
                Timestamp.from(clock.instant()), event.recordKey()};
        int updated = jdbc.update("UPDATE published_record SET record_sequence = ?, visible = ?, category = ?, source_id = ?,"
                + " source_name = ?, subject_category = ?, subject_code = ?, subject_name = ?, list_type = ?,"
                + " published_from = ?, published_until = ?, under_objection = ?, fields_json = ?, emitted_at = ?,"
                + " updated_at = ? WHERE record_key = ?", values);
        if (updated == 0) {
            jdbc.update("INSERT INTO published_record (record_sequence, visible, category, source_id, source_name,"
                    + " subject_category, subject_code, subject_name, list_type, published_from, published_until,"
                    + " under_objection, fields_json, emitted_at, updated_at, record_key)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        }
        return ApplyOutcome.APPLIED;
    }

    private static String listType(PublicationEvent event) {
        if (event.category() != RecordCategory.CREDIT_LIST || event.fields() == null) {
            return null;
        }
        return ListType.of(event.fields().path("listType").asText()).map(Enum::name).orElse(null);
    }

    private static Date date(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static String json(PublicationEvent event) {
        try {
            return event.fields() == null ? "{}" : ContractsJson.mapper().writeValueAsString(event.fields());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("fields of event " + event.eventId() + " cannot be written", e);
        }
    }
}
