package cn.jining.credithub.services.publication;

import cn.jining.credithub.contracts.exchange.AcceptanceStamp;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.publication.PublicationEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The feed's tables in the repository database (V11_1 migration): per-record state and the outbox of events not
 * yet on the feed queue. Callers hold the transaction; a state row is read with a lock so that two hub nodes never
 * give one record the same sequence.
 */
public class PublicationStore {

    private static final String STATE = "SELECT record_key, category, source_id, record_id, sequence, shown, fingerprint, "
            + "accepted_at, intake_seq, published_until, minimum_until, under_objection, last_event FROM publication_state ";
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public PublicationStore(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /** The record's state, locked until the transaction ends. */
    Optional<PublicationState> lock(String recordKey) {
        return jdbc.query(STATE + "WHERE record_key = ? FOR UPDATE", this::state, recordKey).stream().findFirst();
    }

    void insert(PublicationState s) {
        jdbc.update("""
                INSERT INTO publication_state (record_key, category, source_id, record_id, sequence, shown, fingerprint,
                    accepted_at, intake_seq, published_until, minimum_until, under_objection, last_event, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, s.recordKey(), s.category(), s.sourceId(), s.recordId(), s.sequence(), s.shown(), s.fingerprint(),
                utc(s.accepted()), s.accepted().sequence(), date(s.publishedUntil()), date(s.minimumUntil()),
                s.underObjection(), json(s.lastEvent()), now());
    }

    void update(PublicationState s) {
        jdbc.update("""
                UPDATE publication_state SET sequence = ?, shown = ?, fingerprint = ?, accepted_at = ?, intake_seq = ?,
                    published_until = ?, minimum_until = ?, under_objection = ?, last_event = ?, updated_at = ?
                WHERE record_key = ?
                """, s.sequence(), s.shown(), s.fingerprint(), utc(s.accepted()), s.accepted().sequence(),
                date(s.publishedUntil()), date(s.minimumUntil()), s.underObjection(), json(s.lastEvent()), now(),
                s.recordKey());
    }

    /** Keys of shown records whose last day is before {@code today}, earliest first. */
    List<String> due(LocalDate today, int limit) {
        return jdbc.queryForList("SELECT record_key FROM publication_state WHERE shown = TRUE AND published_until < ? "
                + "ORDER BY published_until, record_key FETCH FIRST " + limit + " ROWS ONLY", String.class, date(today));
    }

    /** The state of a record, unlocked (for reads). */
    public Optional<PublicationState> find(String recordKey) {
        return jdbc.query(STATE + "WHERE record_key = ?", this::state, recordKey).stream().findFirst();
    }

    void enqueue(PublicationEvent event) {
        jdbc.update("INSERT INTO publication_outbox (event_id, record_key, payload, created_at) VALUES (?, ?, ?, ?)",
                event.eventId(), event.recordKey(), json(event), now());
    }

    /** Events not yet on the feed queue, oldest first (so each record's are in sequence order). */
    public List<PublicationEvent> pending(int max) {
        return jdbc.query("SELECT payload FROM publication_outbox ORDER BY id FETCH FIRST " + max + " ROWS ONLY",
                (rs, n) -> event(rs.getString(1)));
    }

    /** Forgets events that are on the feed queue. */
    public void sent(List<String> eventIds) {
        jdbc.batchUpdate("DELETE FROM publication_outbox WHERE event_id = ?", eventIds, eventIds.size(),
                (ps, id) -> ps.setString(1, id));
    }

    private PublicationState state(ResultSet rs, int n) throws SQLException {
        Date until = rs.getDate(10);
        Date minimum = rs.getDate(11);
        String last = rs.getString(13);
        return new PublicationState(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getBoolean(6), rs.getString(7).trim(),
                new AcceptanceStamp(rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getLong(9)),
                until == null ? null : until.toLocalDate(), minimum == null ? null : minimum.toLocalDate(),
                rs.getBoolean(12), last == null ? null : event(last));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static OffsetDateTime utc(AcceptanceStamp stamp) {
        return OffsetDateTime.ofInstant(stamp.at(), ZoneOffset.UTC);
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    static String json(PublicationEvent event) {
        try {
            return event == null ? null : ContractsJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PublicationEvent event(String json) {
        try {
            return ContractsJson.mapper().readValue(json, PublicationEvent.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unreadable publication event in the database", e);
        }
    }
}
