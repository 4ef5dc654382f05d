package cn.jining.credithub.repository.query;

import cn.jining.credithub.contracts.exchange.AcceptanceStamp;
import cn.jining.credithub.repository.RecordVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * A subject's records read by subject: every record's current version with its history (a profile, two indexed
 * statements whatever the number of records), and the current records of many subjects at once (the batch check).
 */
public class SubjectRecords {

    private static final String CURRENT = "SELECT category, source_id, record_id, fingerprint, version, batch_id, "
            + "received_at, intake_seq, payload, original_payload FROM credit_record "
            + "WHERE subject_category = ? AND subject_code = ? ORDER BY category, source_id, record_id";
    private static final String EARLIER = "SELECT category, source_id, record_id, fingerprint, batch_id, received_at, "
            + "intake_seq, payload, original_payload FROM credit_record_history "
            + "WHERE subject_code = ? AND subject_category = ? ORDER BY received_at, intake_seq";
    private static final String BY_CODES = "SELECT subject_category, subject_code, category, source_id, record_id, payload "
            + "FROM credit_record WHERE subject_code IN (%s) AND category IN (%s)";
    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;

    public SubjectRecords(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Every record of the subject, by category, source and record id; each with its versions numbered as the store does. */
    public List<ProfileRecord> profile(String subjectCategory, String subjectCode) {
        Map<String, List<RecordVersion>> earlier = new HashMap<>();
        jdbc.query(EARLIER, (RowCallbackHandler) rs -> earlier.computeIfAbsent(key(rs), k -> new ArrayList<>())
                .add(new RecordVersion(0, rs.getString(4).trim(), rs.getString(5), stamp(rs, 6), rs.getString(8),
                        rs.getString(9), false)), subjectCode, subjectCategory);
        return jdbc.query(CURRENT, (rs, n) -> {
            int version = rs.getInt(5);
            List<RecordVersion> before = earlier.getOrDefault(key(rs), List.of());
            // Numbered as CreditRecordStore.versions numbers them: the current one's number counts them all.
            int first = version - before.size();
            List<RecordVersion> numbered = new ArrayList<>(before.size());
            for (int i = 0; i < before.size(); i++) {
                RecordVersion v = before.get(i);
                numbered.add(new RecordVersion(first + i, v.fingerprint(), v.batchId(), v.acceptedAt(), v.payload(),
                        v.originalPayload(), false));
            }
            RecordVersion current = new RecordVersion(version, rs.getString(4).trim(), rs.getString(6), stamp(rs, 7),
                    rs.getString(9), rs.getString(10), true);
            return new ProfileRecord(rs.getString(1), rs.getString(2), rs.getString(3), current, numbered);
        }, subjectCategory, subjectCode);
    }

    /** A current record found by subject code: whose it is, its key and canonical payload. */
    public record SubjectRecord(String subjectCategory, String subjectCode, String category, String sourceId,
                                String recordId, String payload) {
    }

    /** The current records of {@code categories} of every subject whose code is in {@code codes}. */
    public List<SubjectRecord> currentOf(Collection<String> codes, Collection<String> categories) {
        List<String> distinct = codes.stream().distinct().toList();
        List<SubjectRecord> found = new ArrayList<>();
        String categoryList = String.join(",", Collections.nCopies(categories.size(), "?"));
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            List<Object> args = new ArrayList<>(chunk);
            args.addAll(categories);
            jdbc.query(String.format(BY_CODES, String.join(",", Collections.nCopies(chunk.size(), "?")), categoryList),
                    (RowCallbackHandler) rs -> found.add(new SubjectRecord(rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))), args.toArray());
        }
        return found;
    }

    private static String key(ResultSet rs) throws SQLException {
        return rs.getString(1) + '\u0000' + rs.getString(2) + '\u0000' + rs.getString(3);
    }

    private static AcceptanceStamp stamp(ResultSet rs, int column) throws SQLException {
        return new AcceptanceStamp(rs.getObject(column, OffsetDateTime.class).toInstant(), rs.getLong(column + 1));
    }
}
