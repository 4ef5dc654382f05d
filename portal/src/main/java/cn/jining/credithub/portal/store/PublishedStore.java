package cn.jining.credithub.portal.store;

import cn.jining.credithub.contracts.record.RecordCategory;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The read side of the site's store: only records that are visible today (published, not withdrawn, inside their
 * publication period, never a natural person's) ever leave this class.
 */
@Repository
public class PublishedStore {

    /** The one rule of what the public sees; two parameters: today, today. */
    private static final String SHOWN = " visible = TRUE AND COALESCE(subject_category, '') <> 'NATURAL_PERSON'"
            + " AND category <> 'NATURAL_PERSON_BASICS'"
            + " AND (published_from IS NULL OR published_from <= ?) AND (published_until IS NULL OR published_until >= ?) ";
    private static final String COLUMNS = "record_key, record_sequence, category, source_name, subject_code, subject_name,"
            + " list_type, published_from, published_until, under_objection, fields_json, updated_at";
    private static final int MAX_HITS = 50;
    private static final RowMapper<PublishedRecord> RECORD = PublishedStore::record;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public PublishedStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The latest records shown, newest first. */
    public List<PublishedRecord> latest(int limit) {
        Date today = today();
        return jdbc.query("SELECT " + COLUMNS + " FROM published_record WHERE" + SHOWN
                + "ORDER BY updated_at DESC, record_key FETCH FIRST " + limit + " ROWS ONLY", RECORD, today, today);
    }

    /** Legal persons whose name contains {@code text}, or whose credit code is {@code text}. */
    public List<SubjectHit> search(String text) {
        Date today = today();
        String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.query("SELECT subject_code, MAX(subject_name) AS subject_name, COUNT(*) AS records"
                        + " FROM published_record WHERE" + SHOWN
                        + "AND subject_code IS NOT NULL AND (subject_code = ? OR subject_name LIKE ? ESCAPE '\\')"
                        + " GROUP BY subject_code ORDER BY MAX(subject_name), subject_code FETCH FIRST " + MAX_HITS
                        + " ROWS ONLY",
                (rs, row) -> new SubjectHit(rs.getString("subject_code"), rs.getString("subject_name"),
                        rs.getInt("records")),
                today, today, text.toUpperCase(java.util.Locale.ROOT), like);
    }

    /** Every record shown about one subject. */
    public List<PublishedRecord> ofSubject(String subjectCode) {
        Date today = today();
        return jdbc.query("SELECT " + COLUMNS + " FROM published_record WHERE" + SHOWN
                + "AND subject_code = ? ORDER BY category, published_from DESC, record_key", RECORD, today, today, subjectCode);
    }

    /** The entries shown on one credit list. */
    public List<PublishedRecord> list(ListType type, int limit) {
        Date today = today();
        return jdbc.query("SELECT " + COLUMNS + " FROM published_record WHERE" + SHOWN
                + "AND list_type = ? ORDER BY published_from DESC, record_key FETCH FIRST " + limit + " ROWS ONLY",
                RECORD, today, today, type.name());
    }

    private Date today() {
        return Date.valueOf(LocalDate.now(clock));
    }

    private static PublishedRecord record(ResultSet rs, int row) throws SQLException {
        String list = rs.getString("list_type");
        Date from = rs.getDate("published_from");
        Date until = rs.getDate("published_until");
        return new PublishedRecord(rs.getString("record_key"), rs.getLong("record_sequence"),
                RecordCategory.valueOf(rs.getString("category")), rs.getString("source_name"),
                rs.getString("subject_code"), rs.getString("subject_name"), list == null ? null : ListType.valueOf(list),
                from == null ? null : from.toLocalDate(), until == null ? null : until.toLocalDate(),
                rs.getBoolean("under_objection"), rs.getString("fields_json"), rs.getTimestamp("updated_at").toInstant());
    }
}
