package cn.jining.credithub.repository;

import cn.jining.credithub.contracts.exchange.AcceptanceStamp;
import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.repository.query.SubjectIndex;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The credit repository's record table. Writes are idempotent and keyed by (category, source, record id); the
 * current version of a record is the one the hub accepted last (acceptance time, then intake sequence), whatever
 * order deliveries arrive in: a version that arrives after a newer one goes to the record's history
 * ({@link RecordHistory}), never over the current row. Content is versioned by fingerprint: a redelivered or
 * resubmitted record changes no content, a changed one gets the next version. One batch is one database
 * transaction. Each row also keeps the record as its source submitted it, written with the content.
 */
public class CreditRecordStore {

    // Plain indexed statements, not MERGE ... USING: H2 plans that join per row and slows down as the
    // table grows (4,000 rows/s at 100,000 rows, against 25,000 for INSERT), and every database runs these.
    // record_id leads the primary key so that the IN list is served by the index (see V1 migration).
    private static final String EXISTING = "SELECT category, record_id, fingerprint, version, received_at, intake_seq, "
            + "confirmed_at, confirmed_seq FROM credit_record WHERE category = ? AND source_id = ? AND record_id IN (%s)";
    private static final String INSERT = """
            INSERT INTO credit_record (category, source_id, record_id, fingerprint, version, subject_category,
                                       subject_code, batch_id, payload, original_payload, received_at, intake_seq,
                                       confirmed_at, confirmed_seq, confirmed_batch_id, written_at)
            VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)
            """;
    private static final String REPLACE = """
            UPDATE credit_record SET fingerprint = ?, version = version + 1, subject_category = ?, subject_code = ?,
                                     batch_id = ?, payload = ?, original_payload = ?, received_at = ?, intake_seq = ?,
                                     confirmed_at = ?, confirmed_seq = ?, confirmed_batch_id = ?,
                                     written_at = CURRENT_TIMESTAMP
            WHERE\s""" + RecordHistory.KEY;
    /** The same content accepted again: the record's newest stamp moves, nothing else (no new version). */
    private static final String CONFIRM = "UPDATE credit_record SET confirmed_at = ?, confirmed_seq = ?, "
            + "confirmed_batch_id = ? WHERE "
            + RecordHistory.KEY;
    /** The current content was accepted earlier than known, with no other version in between. */
    private static final String ESTABLISH = "UPDATE credit_record SET received_at = ?, intake_seq = ?, batch_id = ? WHERE "
            + RecordHistory.KEY;
    /** Earlier versions arrived late: the current one's number moves up, and with a split span so does its start. */
    private static final String RENUMBER = "UPDATE credit_record SET version = version + ?, received_at = %s, "
            + "intake_seq = %s, batch_id = %s WHERE " + RecordHistory.KEY;
    /** Ids per existence query; well under every driver's bind-parameter limit. */
    private static final int LOOKUP_CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RecordHistory history;
    private final SubjectIndex subjects;

    public CreditRecordStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.history = new RecordHistory(jdbc);
        this.subjects = new SubjectIndex(dataSource);
    }

    /**
     * Writes a batch in one transaction: records not yet stored are inserted; a record accepted after its current
     * version replaces it if its content differs (the replaced one goes to history) or confirms it if not; a record
     * accepted before its current version goes to history only; what is already held is left alone. Two writers
     * inserting the same new key race on the primary key; the loser's transaction fails and its message is
     * redelivered, when it finds the row and places its version by its stamp.
     */
    public WriteResult write(AcceptedBatch batch) {
        AcceptanceStamp stamp = batch.stamp();
        return transaction.execute(status -> {
            Map<RecordKey, CurrentVersion> stored = currentVersions(batch);
            List<AcceptedRecord> inserts = new ArrayList<>();
            List<AcceptedRecord> replaces = new ArrayList<>();
            List<AcceptedRecord> confirms = new ArrayList<>();
            List<AcceptedRecord> late = new ArrayList<>();
            int unchanged = 0;
            for (AcceptedRecord record : batch.records()) {
                RecordKey key = key(batch, record);
                CurrentVersion current = stored.get(key);
                CurrentVersion.Placement placement = current == null ? null : current.place(stamp, record.fingerprint());
                if (placement == null || placement == CurrentVersion.Placement.NEWER_CHANGED) {
                    (placement == null ? inserts : replaces).add(record);
                    stored.put(key, new CurrentVersion(record.fingerprint(), 0, stamp, stamp));
                } else if (placement == CurrentVersion.Placement.NEWER_SAME) {
                    confirms.add(record);
                    unchanged++;
                } else if (placement == CurrentVersion.Placement.ALREADY_HELD
                        || history.holds(key, stamp, record.fingerprint())) {
                    unchanged++;
                } else if (placeLate(batch, record, key, current, placement)) {
                    late.add(record);
                } else {
                    unchanged++;
                }
            }
            jdbc.batchUpdate(INSERT, inserts, inserts.size(), (ps, r) -> bindContent(ps, batch, r, 1));
            history.keepCurrent(replaces.stream().map(r -> key(batch, r)).toList());
            jdbc.batchUpdate(REPLACE, replaces, replaces.size(), (ps, r) -> {
                ps.setString(1, r.fingerprint());
                bindContent(ps, batch, r, 2);
            });
            jdbc.batchUpdate(CONFIRM, confirms, confirms.size(), (ps, r) -> {
                ps.setObject(1, RecordHistory.utc(stamp));
                ps.setLong(2, stamp.sequence());
                ps.setString(3, batch.batchId());
                bindKey(ps, batch, r, 4);
            });
            // The read side's subject index, in the same transaction: a profile never lags its records.
            List<AcceptedRecord> current = new ArrayList<>(inserts);
            current.addAll(replaces);
            subjects.index(batch, current);
            return new WriteResult(inserts.size() + replaces.size(), unchanged, late.size());
        });
    }

    /**
     * A version accepted before the current one: into the history, and the current row renumbered. The current
     * content accepted earlier with nothing in between only moves its start back (false: no new version).
     */
    private boolean placeLate(AcceptedBatch batch, AcceptedRecord record, RecordKey key, CurrentVersion current,
                              CurrentVersion.Placement placement) {
        AcceptanceStamp stamp = batch.stamp();
        if (placement == CurrentVersion.Placement.LATE_SAME && !history.anyBetween(key, stamp, current.established())) {
            jdbc.update(ESTABLISH, RecordHistory.utc(stamp), stamp.sequence(), batch.batchId(), key.category(), key.sourceId(),
                    key.recordId());
            return false;
        }
        boolean splits = placement == CurrentVersion.Placement.LATE_WITHIN;
        if (splits) {
            history.keepCurrentAsEstablished(key);
        }
        history.addLate(batch, record);
        // Split: the current row now stands for its content's latest acceptance, made by the confirming batch.
        jdbc.update(splits ? String.format(RENUMBER, "confirmed_at", "confirmed_seq", "confirmed_batch_id")
                        : String.format(RENUMBER, "received_at", "intake_seq", "batch_id"),
                splits ? 2 : 1, key.category(), key.sourceId(), key.recordId());
        return true;
    }

    /** Binds content, stamp and key, from {@code from}: the INSERT's and REPLACE's common columns. */
    private static void bindContent(PreparedStatement ps, AcceptedBatch batch, AcceptedRecord r, int from)
            throws SQLException {
        OffsetDateTime at = RecordHistory.utc(batch.stamp());
        int i = from;
        if (from == 1) {
            ps.setString(i++, r.category());
            ps.setString(i++, batch.sourceId());
            ps.setString(i++, r.recordId());
            ps.setString(i++, r.fingerprint());
        }
        ps.setString(i++, r.subjectCategory());
        ps.setString(i++, r.subjectCode());
        ps.setString(i++, batch.batchId());
        ps.setString(i++, Fingerprint.canonicalJson(r.data()));
        ps.setString(i++, original(r));
        ps.setObject(i++, at);
        ps.setLong(i++, batch.intakeSequence());
        ps.setObject(i++, at);
        ps.setLong(i++, batch.intakeSequence());
        ps.setString(i++, batch.batchId());
        if (from != 1) {
            bindKey(ps, batch, r, i);
        }
    }

    private static void bindKey(PreparedStatement ps, AcceptedBatch batch, AcceptedRecord r, int from)
            throws SQLException {
        ps.setString(from, r.category());
        ps.setString(from + 1, batch.sourceId());
        ps.setString(from + 2, r.recordId());
    }

    /** The current versions already stored for the batch's keys. */
    private Map<RecordKey, CurrentVersion> currentVersions(AcceptedBatch batch) {
        Map<RecordKey, CurrentVersion> stored = new HashMap<>();
        Map<String, List<String>> idsByCategory = batch.records().stream().collect(Collectors.groupingBy(
                AcceptedRecord::category, Collectors.mapping(AcceptedRecord::recordId, Collectors.toList())));
        idsByCategory.forEach((category, categoryIds) -> {
            List<String> ids = categoryIds.stream().distinct().toList();
            for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK));
                List<Object> args = new ArrayList<>(chunk.size() + 2);
                args.add(category);
                args.add(batch.sourceId());
                args.addAll(chunk);
                jdbc.query(String.format(EXISTING, String.join(",", Collections.nCopies(chunk.size(), "?"))),
                        (RowCallbackHandler) rs -> stored.put(
                                new RecordKey(rs.getString(1), batch.sourceId(), rs.getString(2)),
                                new CurrentVersion(rs.getString(3).trim(), rs.getInt(4), stamp(rs, 5), stamp(rs, 7))),
                        args.toArray());
            }
        });
        return stored;
    }

    private static AcceptanceStamp stamp(ResultSet rs, int column) throws SQLException {
        return new AcceptanceStamp(rs.getObject(column, OffsetDateTime.class).toInstant(), rs.getLong(column + 1));
    }

    private static RecordKey key(AcceptedBatch batch, AcceptedRecord record) {
        return new RecordKey(record.category(), batch.sourceId(), record.recordId());
    }

    /** The record as submitted; absent for records accepted before the hub kept originals. */
    static String original(AcceptedRecord record) {
        return record.original() == null || record.original().isNull() ? null : record.original().toString();
    }

    /**
     * One stored record, for reads by key: {@code payload} is its canonical data, {@code originalPayload}
     * its data as the source submitted it (null where none was kept), {@code acceptedAt} when the hub first
     * accepted this content.
     */
    public record StoredRecord(String category, String sourceId, String recordId, String fingerprint, int version,
                               String subjectCategory, String subjectCode, String batchId, String payload,
                               String originalPayload, AcceptanceStamp acceptedAt) {
    }

    public Optional<StoredRecord> find(String category, String sourceId, String recordId) {
        return jdbc.query("""
                SELECT category, source_id, record_id, fingerprint, version, subject_category, subject_code,
                       batch_id, payload, original_payload, received_at, intake_seq
                FROM credit_record WHERE category = ? AND source_id = ? AND record_id = ?
                """, (rs, n) -> new StoredRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4).trim(), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), stamp(rs, 11)), category, sourceId, recordId)
                .stream().findFirst();
    }

    /**
     * Every version of a record the repository holds, oldest first, the current one last; empty when it holds
     * none. Numbered in acceptance order, as the current row's version counts them.
     */
    public List<RecordVersion> versions(String category, String sourceId, String recordId) {
        Optional<StoredRecord> current = find(category, sourceId, recordId);
        if (current.isEmpty()) {
            return List.of();
        }
        StoredRecord c = current.get();
        List<RecordVersion> earlier = history.versions(new RecordKey(category, sourceId, recordId));
        List<RecordVersion> all = new ArrayList<>(earlier.size() + 1);
        int first = c.version() - earlier.size();
        for (int i = 0; i < earlier.size(); i++) {
            all.add(earlier.get(i).numbered(first + i));
        }
        all.add(new RecordVersion(c.version(), c.fingerprint(), c.batchId(), c.acceptedAt(), c.payload(),
                c.originalPayload(), true));
        return all;
    }

    public long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM credit_record", Long.class);
        return count == null ? 0 : count;
    }

    public long countBySource(String sourceId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM credit_record WHERE source_id = ?", Long.class, sourceId);
        return count == null ? 0 : count;
    }
}
