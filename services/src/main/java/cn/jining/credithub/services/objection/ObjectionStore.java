package cn.jining.credithub.services.objection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The objection tables (V11_2 migration); callers hold the transaction. */
class ObjectionStore {

    private static final String COLUMNS = "tracking_no, record_key, category, source_id, record_id, filed_by, "
            + "subject_code, reasons, state, filed_at, acknowledge_by, decide_by, acknowledged_at, escalated_at, answer, "
            + "answered_at";
    private final JdbcTemplate jdbc;

    ObjectionStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    void insert(Objection o) {
        jdbc.update("INSERT INTO objection (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                o.trackingNo(), o.recordKey(), o.category(), o.sourceId(), o.recordId(), o.filedBy(), o.subjectCode(),
                o.reasons(), o.state().name(), utc(o.filedAt()), o.acknowledgeBy(), o.decideBy(), null, null, null, null);
        List<Attachment> attachments = o.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            Attachment a = attachments.get(i);
            jdbc.update("INSERT INTO objection_attachment (tracking_no, position, file_name, media_type, size_bytes, sm3, "
                    + "content) VALUES (?, ?, ?, ?, ?, ?, ?)", o.trackingNo(), i, a.fileName(), a.mediaType(), a.size(),
                    a.sm3(), Base64.getEncoder().encodeToString(a.content()));
        }
    }

    /** The objection, locked until the transaction ends when {@code lock}. */
    Optional<Objection> find(String trackingNo, boolean lock, boolean withContent) {
        return jdbc.query("SELECT " + COLUMNS + " FROM objection WHERE tracking_no = ?" + (lock ? " FOR UPDATE" : ""),
                (rs, n) -> objection(rs, attachments(rs.getString(1), withContent)), trackingNo).stream().findFirst();
    }

    void acknowledged(String trackingNo, Instant at) {
        jdbc.update("UPDATE objection SET state = ?, acknowledged_at = ? WHERE tracking_no = ?",
                ObjectionState.ACKNOWLEDGED.name(), utc(at), trackingNo);
    }

    void answered(String trackingNo, ObjectionState state, String answer, Instant at) {
        jdbc.update("UPDATE objection SET state = ?, answer = ?, answered_at = ? WHERE tracking_no = ?", state.name(),
                answer, utc(at), trackingNo);
    }

    void escalated(String trackingNo, Instant at) {
        jdbc.update("UPDATE objection SET escalated_at = ? WHERE tracking_no = ?", utc(at), trackingNo);
    }

    boolean anyOpen(String recordKey) {
        Long open = jdbc.queryForObject("SELECT COUNT(*) FROM objection WHERE record_key = ? AND state IN (?, ?)",
                Long.class, recordKey, ObjectionState.FILED.name(), ObjectionState.ACKNOWLEDGED.name());
        return open != null && open > 0;
    }

    /** Open objections, earliest decision deadline first (the operators' work list). */
    List<Objection> open() {
        return jdbc.query("SELECT " + COLUMNS + " FROM objection WHERE state IN (?, ?) ORDER BY decide_by, tracking_no",
                (rs, n) -> objection(rs, List.of()), ObjectionState.FILED.name(), ObjectionState.ACKNOWLEDGED.name());
    }

    private List<Attachment> attachments(String trackingNo, boolean withContent) {
        return jdbc.query("SELECT file_name, media_type, size_bytes, sm3, " + (withContent ? "content" : "NULL")
                        + " FROM objection_attachment WHERE tracking_no = ? ORDER BY position",
                (rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4).trim(),
                        rs.getString(5) == null ? null : Base64.getDecoder().decode(rs.getString(5))), trackingNo);
    }

    private static Objection objection(ResultSet rs, List<Attachment> attachments) throws SQLException {
        return new Objection(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), ObjectionState.valueOf(rs.getString(9)), instant(rs, 10),
                rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class), instant(rs, 13), instant(rs, 14),
                rs.getString(15), instant(rs, 16), attachments);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
