package cn.jining.credithub.services.objection;

import cn.jining.credithub.contracts.publication.PublicationEvent;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.repository.CreditRecordStore;
import cn.jining.credithub.repository.audit.AuditEntry;
import cn.jining.credithub.repository.audit.AuditKind;
import cn.jining.credithub.repository.audit.AuditTrail;
import cn.jining.credithub.services.calendar.WorkingDayCalendar;
import cn.jining.credithub.services.publication.PublicationFeed;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Objections (异议, docs/publication.md "Objections"): filed against a record by its subject, marked in the feed at
 * once, answered by the record's source bureau within working-day deadlines, escalated to operators when overdue.
 * Every step is an OBJECTION entry of the audit trail, in the transaction that takes it.
 */
public class ObjectionService {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int MAX_TEXT = 2000;
    private final ObjectionStore store;
    private final CreditRecordStore records;
    private final PublicationFeed feed;
    private final ObjectionAttachments attachments;
    private final WorkingDayCalendar calendar;
    private final ObjectionDeadlines deadlines;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    public ObjectionService(DataSource dataSource, CreditRecordStore records, PublicationFeed feed,
                            ObjectionAttachments attachments, WorkingDayCalendar calendar, ObjectionDeadlines deadlines,
                            AuditTrail audit, Clock clock) {
        this.store = new ObjectionStore(dataSource);
        this.records = records;
        this.feed = feed;
        this.attachments = attachments;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** What a subject files: the record it disputes (and its own code, which must be the record's), why, evidence. */
    public record Filing(String category, String sourceId, String recordId, String subjectCode, String reasons,
                         List<Attachment> attachments) {
    }

    /**
     * Files an objection for {@code filedBy} (the authenticated channel: the service window or the site). A record
     * that does not exist and one of another subject get the same answer, so the API tells nobody what exists.
     */
    public Objection file(String filedBy, Filing filing) {
        RecordCategory category = RecordCategory.of(filing.category())
                .orElseThrow(() -> new ObjectionRefusedException("category", "not a record category"));
        String reasons = text("reasons", filing.reasons());
        List<Attachment> checked = attachments.check(filing.attachments() == null ? List.of() : filing.attachments());
        records.find(category.name(), filing.sourceId(), filing.recordId())
                .filter(r -> r.subjectCode().equals(filing.subjectCode()))
                .orElseThrow(() -> new ObjectionRefusedException("record", "no such record of this subject"));
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        String key = PublicationEvent.recordKey(category, filing.sourceId(), filing.recordId());
        Objection objection = new Objection(trackingNo(today), key, category.name(), filing.sourceId(),
                filing.recordId(), filedBy, filing.subjectCode(), reasons, ObjectionState.FILED, now,
                calendar.plusWorkingDays(today, deadlines.acknowledgeWorkingDays()),
                calendar.plusWorkingDays(today, deadlines.decideWorkingDays()), null, null, null, null, checked);
        transaction.executeWithoutResult(status -> {
            store.insert(objection);
            feed.markObjection(key, true, "objection " + objection.trackingNo() + " filed");
            audited(objection, "FILED", "\"decideBy\":\"" + objection.decideBy() + "\"");
        });
        return objection.withoutContent();
    }

    /** The objection by its tracking number, without attachment contents. */
    public Optional<Objection> find(String trackingNo) {
        return store.find(trackingNo, false, false);
    }

    /** The objection with its attachments' contents, for the bureau it is routed to. */
    public Optional<Objection> forBureau(String trackingNo) {
        return store.find(trackingNo, false, true);
    }

    /** The bureau says it has the objection and is checking. */
    public Objection acknowledge(String trackingNo, String bureau) {
        return step(trackingNo, bureau, o -> {
            store.acknowledged(trackingNo, clock.instant());
            audited(o, "ACKNOWLEDGED", null);
        });
    }

    /**
     * The bureau's answer: upheld (its correction or withdrawal follows as a normal versioned submission, which the
     * feed republishes) or rejected (the reason goes to the subject). The mark leaves the feed with the last open one.
     */
    public Objection answer(String trackingNo, String bureau, boolean upheld, String answer) {
        String text = text("answer", answer);
        return step(trackingNo, bureau, o -> {
            ObjectionState state = upheld ? ObjectionState.UPHELD : ObjectionState.REJECTED;
            store.answered(trackingNo, state, text, clock.instant());
            if (!store.anyOpen(o.recordKey())) {
                feed.markObjection(o.recordKey(), false, "objection " + trackingNo + " " + state.name().toLowerCase());
            }
            audited(o, state.name(), null);
        });
    }

    /** Marks open objections past a deadline as escalated (once each); returns those newly escalated. */
    public List<Objection> escalateOverdue() {
        LocalDate today = LocalDate.now(clock);
        return store.open().stream().filter(o -> o.escalatedAt() == null && o.overdueOn(today))
                .map(o -> transaction.execute(status -> {
                    store.escalated(o.trackingNo(), clock.instant());
                    audited(o, "ESCALATED", "\"overdueSince\":\"" + (o.state() == ObjectionState.FILED
                            && today.isAfter(o.acknowledgeBy()) ? o.acknowledgeBy() : o.decideBy()) + "\"");
                    return store.find(o.trackingNo(), false, false).orElseThrow();
                })).toList();
    }

    /** The operators' work list: open objections, earliest decision deadline first. */
    public List<Objection> workList() {
        return store.open();
    }

    private Objection step(String trackingNo, String bureau, java.util.function.Consumer<Objection> action) {
        return transaction.execute(status -> {
            Objection o = store.find(trackingNo, true, false)
                    .orElseThrow(() -> new ObjectionRefusedException("trackingNo", "no such objection"));
            if (!o.sourceId().equals(bureau)) {
                throw new ObjectionRefusedException("trackingNo", "not an objection to a record of " + bureau);
            }
            if (!o.state().open()) {
                throw new ObjectionRefusedException("state", "already " + o.state());
            }
            action.accept(o);
            return store.find(trackingNo, false, false).orElseThrow();
        });
    }

    private void audited(Objection o, String step, String more) {
        audit.append(List.of(AuditEntry.of(AuditKind.OBJECTION, o.category(), o.sourceId(), o.trackingNo(),
                o.recordId(), null, o.filedBy(), "{\"step\":\"" + step + "\"" + (more == null ? "" : "," + more) + "}")));
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_TEXT
                || value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new ObjectionRefusedException(field, "1 to " + MAX_TEXT + " characters, no control characters");
        }
        return value.strip();
    }

    /** OBJ + the day + 8 random characters (Crockford's alphabet): unguessable, so tracking needs no other secret. */
    private String trackingNo(LocalDate today) {
        StringBuilder no = new StringBuilder("OBJ").append(today.format(DateTimeFormatter.BASIC_ISO_DATE));
        for (int i = 0; i < 8; i++) {
            no.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return no.toString();
    }
}
