package cn.jining.credithub.services.publication;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.publication.PublicationAction;
import cn.jining.credithub.contracts.publication.PublicationEvent;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectCategory;
import cn.jining.credithub.repository.audit.AuditEntry;
import cn.jining.credithub.repository.audit.AuditKind;
import cn.jining.credithub.repository.audit.AuditTrail;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The publication feed's decisions (docs/publication.md): per accepted record, publish, update or withdraw by the
 * rules; per record in sequence; idempotent (a redelivered or older version emits nothing: newest version wins, as
 * in the repository). Events go to the outbox in the transaction that decides them, with a DELIVERY audit entry.
 */
public class PublicationFeed {

    /** The destination name in audit entries. */
    public static final String DESTINATION = "publication";
    private static final int WITHDRAWALS_PER_RUN = 500;

    private final PublicationStore store;
    private final PublicationRules rules;
    private final PublicationEvents events;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    public PublicationFeed(DataSource dataSource, PublicationRules rules, PublicationMasking masking,
                           Function<String, String> sourceNames, AuditTrail audit, Clock clock) {
        this.store = new PublicationStore(dataSource, clock);
        this.rules = rules;
        this.events = new PublicationEvents(masking, sourceNames, clock);
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    public PublicationStore store() {
        return store;
    }

    /** Decides every record of an accepted batch, in one transaction; returns the events it emitted. */
    public List<PublicationEvent> apply(AcceptedBatch batch) {
        return transaction.execute(status -> {
            List<Delivered> emitted = new ArrayList<>();
            for (AcceptedRecord record : batch.records()) {
                Optional<RecordCategory> category = RecordCategory.of(record.category());
                if (category.isPresent()) {
                    decide(batch, record, category.get())
                            .ifPresent(e -> emitted.add(new Delivered(e, record.fingerprint())));
                }
            }
            audited(emitted, batch.batchId());
            return emitted.stream().map(Delivered::event).toList();
        });
    }

    private Optional<PublicationEvent> decide(AcceptedBatch batch, AcceptedRecord record, RecordCategory category) {
        String key = PublicationEvent.recordKey(category, batch.sourceId(), record.recordId());
        Optional<PublicationState> held = store.lock(key);
        if (held.isPresent() && !batch.stamp().isAfter(held.get().accepted())) {
            return Optional.empty(); // a redelivery, or an older version arriving late: the newer one stands
        }
        PublicationState base = held.orElse(new PublicationState(key, category.name(), batch.sourceId(),
                record.recordId(), 0, false, record.fingerprint(), batch.stamp(), null, null, false, null));
        SubjectCategory subject = events.subject(record);
        PublicationDecision decision = subject == null
                ? PublicationDecision.notPublished(List.of(), "no subject category")
                : rules.decide(category, subject, record.data());
        LocalDate today = LocalDate.now(clock);
        PublicationEvent event = null;
        if (decision.showsOn(today)) {
            boolean unchanged = base.shown() && base.fingerprint().equals(record.fingerprint())
                    && Objects.equals(base.publishedUntil(), decision.until());
            if (!unchanged) {
                event = events.showing(base.shown() ? PublicationAction.UPDATE : PublicationAction.PUBLISH, key,
                        base.sequence() + 1, category, batch.sourceId(), record, decision, base.underObjection(),
                        reason(decision, today, base.shown()));
            }
        } else if (base.shown()) {
            event = events.withdrawal(base.lastEvent(), base.sequence() + 1,
                    decision.published() ? "period ended by the source's correction (" + decision.reason() + ")"
                            : "no longer published: " + decision.reason());
        }
        PublicationState next = event == null ? base.quietly(record.fingerprint(), batch.stamp())
                : base.after(event, record.fingerprint(), batch.stamp(), decision.minimumUntil());
        save(held.isPresent(), next, event);
        return Optional.ofNullable(event);
    }

    /**
     * Withdraws shown records whose last day has passed (the scheduled job); each in its own transaction, so two
     * hub nodes running it at once withdraw each record once (the row lock decides). Returns how many.
     */
    public int withdrawEnded() {
        LocalDate today = LocalDate.now(clock);
        int withdrawn = 0;
        for (String key : store.due(today, WITHDRAWALS_PER_RUN)) {
            Boolean done = transaction.execute(status -> store.lock(key)
                    .filter(s -> s.shown() && s.publishedUntil() != null && s.publishedUntil().isBefore(today))
                    .map(s -> {
                        PublicationEvent event = events.withdrawal(s.lastEvent(), s.sequence() + 1,
                                "publication period ended on " + s.publishedUntil());
                        save(true, s.after(event, s.fingerprint(), s.accepted(), s.minimumUntil()), event);
                        audited(List.of(new Delivered(event, s.fingerprint())), null);
                        return true;
                    }).orElse(false));
            withdrawn += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return withdrawn;
    }

    /**
     * Marks a record as under objection or not; a shown record gets an UPDATE event at once. Returns the event,
     * empty when the record is not shown (the mark is kept for when it is) or the feed has never seen it.
     */
    public Optional<PublicationEvent> markObjection(String recordKey, boolean open, String reason) {
        return transaction.execute(status -> store.lock(recordKey).filter(s -> s.underObjection() != open).flatMap(s -> {
            if (!s.shown()) {
                store.update(new PublicationState(s.recordKey(), s.category(), s.sourceId(), s.recordId(), s.sequence(),
                        false, s.fingerprint(), s.accepted(), s.publishedUntil(), s.minimumUntil(), open, s.lastEvent()));
                return Optional.<PublicationEvent>empty();
            }
            PublicationEvent event = events.remarked(s.lastEvent(), s.sequence() + 1, open, reason);
            save(true, s.after(event, s.fingerprint(), s.accepted(), s.minimumUntil()), event);
            audited(List.of(new Delivered(event, s.fingerprint())), null);
            return Optional.of(event);
        }));
    }

    private void save(boolean exists, PublicationState state, PublicationEvent event) {
        if (exists) {
            store.update(state);
        } else {
            store.insert(state);
        }
        if (event != null) {
            store.enqueue(event);
        }
    }

    /** An emitted event and the fingerprint of the record version it is about (what the audit trail traces by). */
    private record Delivered(PublicationEvent event, String fingerprint) {
    }

    private void audited(List<Delivered> emitted, String batchId) {
        audit.append(emitted.stream().map(delivered -> {
            PublicationEvent e = delivered.event();
            String[] key = e.recordKey().split("/", 3);
            // Events no batch caused (the withdrawal job, an objection) are traced by their own event id.
            return AuditEntry.of(AuditKind.DELIVERY, key[0], key[1], batchId == null ? e.eventId() : batchId, key[2],
                    delivered.fingerprint(), DESTINATION,
                    "{\"action\":\"" + e.action() + "\",\"sequence\":" + e.sequence() + ",\"eventId\":\"" + e.eventId()
                            + "\"}");
        }).toList());
    }

    private static String reason(PublicationDecision decision, LocalDate today, boolean update) {
        String why = (update ? "corrected; " : "") + decision.reason();
        if (!update && decision.publishBy() != null && today.isAfter(decision.publishBy())) {
            why += "; published after the 双公示 deadline " + decision.publishBy();
        }
        return why;
    }
}
