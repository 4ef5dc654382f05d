package cn.jining.credithub.repository;

import cn.jining.credithub.contracts.exchange.AcceptanceStamp;
import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The earlier versions of records ({@code credit_record_history}): a current version a newer one replaced, and
 * an older version that arrived late. Rows are keyed by the record and its acceptance stamp, so a redelivery adds
 * nothing; the store calls this inside its write transaction.
 */
final class RecordHistory {

    private static final String COLUMNS = "category, source_id, record_id, fingerprint, subject_category, subject_code, "
            + "batch_id, payload, original_payload, received_at, intake_seq, confirmed_at, confirmed_seq, recorded_at";
    static final String KEY = "category = ? AND source_id = ? AND record_id = ?";
    private static final String MOVE_CURRENT = "INSERT INTO credit_record_history (" + COLUMNS + ") SELECT "
            + "category, source_id, record_id, fingerprint, subject_category, subject_code, batch_id, payload, "
            + "original_payload, received_at, intake_seq, %s, CURRENT_TIMESTAMP FROM credit_record WHERE " + KEY;
    private static final String INSERT = "INSERT INTO credit_record_history (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)";
    /** A row at exactly this stamp, or one of the same content whose span covers it: the version is already here. */
    private static final String COVERS = "SELECT COUNT(*) FROM credit_record_history WHERE " + KEY
            + " AND ((received_at = ? AND intake_seq = ?) OR (fingerprint = ?"
            + " AND (received_at < ? OR (received_at = ? AND intake_seq <= ?))"
            + " AND (confirmed_at > ? OR (confirmed_at = ? AND confirmed_seq >= ?))))";
    private static final String BETWEEN = "SELECT COUNT(*) FROM credit_record_history WHERE " + KEY
            + " AND (received_at > ? OR (received_at = ? AND intake_seq > ?))"
            + " AND (received_at < ? OR (received_at = ? AND intake_seq < ?))";

    private final JdbcTemplate jdbc;

    RecordHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Copies the current rows of {@code keys} into the history as they are, before a newer version replaces them. */
    void keepCurrent(List<RecordKey> keys) {
        jdbc.batchUpdate(String.format(MOVE_CURRENT, "confirmed_at, confirmed_seq"), keys, keys.size(),
                (ps, key) -> bind(key, ps, 1));
    }

    /**
     * Copies the current row of {@code key} into the history as it was when first accepted: a late version
     * accepted in between splits its span, and the confirmations after that belong to the current row again.
     */
    void keepCurrentAsEstablished(RecordKey key) {
        jdbc.update(String.format(MOVE_CURRENT, "received_at, intake_seq"), ps -> bind(key, ps, 1));
    }

    /** Adds {@code record} of {@code batch} as an earlier version. */
    void addLate(AcceptedBatch batch, AcceptedRecord record) {
        OffsetDateTime at = utc(batch.stamp());
        jdbc.update(INSERT, record.category(), batch.sourceId(), record.recordId(), record.fingerprint(),
                record.subjectCategory(), record.subjectCode(), batch.batchId(),
                Fingerprint.canonicalJson(record.data()), CreditRecordStore.original(record), at,
                batch.intakeSequence(), at, batch.intakeSequence());
    }

    /** Whether the history already holds this version (a redelivery of a late or replaced version). */
    boolean holds(RecordKey key, AcceptanceStamp stamp, String fingerprint) {
        OffsetDateTime at = utc(stamp);
        Long count = jdbc.queryForObject(COVERS, Long.class, key.category(), key.sourceId(), key.recordId(), at,
                stamp.sequence(), fingerprint, at, at, stamp.sequence(), at, at, stamp.sequence());
        return count != null && count > 0;
    }

    /** Whether some other version was accepted strictly between {@code from} and {@code to}. */
    boolean anyBetween(RecordKey key, AcceptanceStamp from, AcceptanceStamp to) {
        OffsetDateTime after = utc(from);
        OffsetDateTime before = utc(to);
        Long count = jdbc.queryForObject(BETWEEN, Long.class, key.category(), key.sourceId(), key.recordId(), after,
                after, from.sequence(), before, before, to.sequence());
        return count != null && count > 0;
    }

    /** The earlier versions of {@code key}, oldest first. */
    List<RecordVersion> versions(RecordKey key) {
        return jdbc.query("SELECT fingerprint, batch_id, received_at, intake_seq, payload, original_payload "
                        + "FROM credit_record_history WHERE " + KEY + " ORDER BY received_at, intake_seq",
                (rs, n) -> new RecordVersion(0, rs.getString(1).trim(), rs.getString(2),
                        new AcceptanceStamp(rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getLong(4)),
                        rs.getString(5), rs.getString(6), false),
                key.category(), key.sourceId(), key.recordId());
    }

    private static void bind(RecordKey key, java.sql.PreparedStatement ps, int from) throws java.sql.SQLException {
        ps.setString(from, key.category());
        ps.setString(from + 1, key.sourceId());
        ps.setString(from + 2, key.recordId());
    }

    static OffsetDateTime utc(AcceptanceStamp stamp) {
        return stamp.at().atOffset(ZoneOffset.UTC);
    }
}
