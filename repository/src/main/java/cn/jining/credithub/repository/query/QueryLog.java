package cn.jining.credithub.repository.query;

import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.repository.audit.AuditKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Who queried me": the audit trail's query entries about one subject, read back by the subject's reference. The
 * trail names a subject by {@link #subjectRef}, an SM3 of its key, never by its ID number in clear.
 */
public class QueryLog {

    private static final String ABOUT = "SELECT seq, at, kind, source_id, batch_id, detail FROM audit_entry "
            + "WHERE record_id = ? AND kind IN (?, ?) ORDER BY seq";

    private final JdbcTemplate jdbc;

    public QueryLog(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** One query about the subject: when, what kind, which party, the request's id and the entry's JSON detail. */
    public record Entry(long seq, Instant at, AuditKind kind, String partyId, String requestId, String detail) {
    }

    /** The reference the audit trail names a subject by: SM3 of "category:code", lower-case hex. */
    public static String subjectRef(String subjectCategory, String subjectCode) {
        return Fingerprint.sm3Hex((subjectCategory + ":" + subjectCode).getBytes(StandardCharsets.UTF_8));
    }

    /** Every answered query and batch check about the subject, oldest first (refused ones returned nothing). */
    public List<Entry> about(String subjectCategory, String subjectCode) {
        return jdbc.query(ABOUT, (rs, n) -> new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        AuditKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6)),
                subjectRef(subjectCategory, subjectCode), AuditKind.QUERY.name(), AuditKind.BATCH_CHECK.name());
    }
}
