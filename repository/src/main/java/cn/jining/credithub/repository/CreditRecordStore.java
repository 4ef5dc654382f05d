package cn.jining.credithub.repository;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The credit repository's record table. Writes are idempotent upserts keyed by (category, source,
 * record id) and versioned by fingerprint: a redelivered or replayed record changes nothing, a changed
 * record gets the next version. One batch is one database transaction and one JDBC batch.
 */
public class CreditRecordStore {

    // Standard MERGE (H2 2.x, PostgreSQL 15+): insert, or update only when the content changed.
    // The parameters are cast to unbounded VARCHAR on purpose: an explicit CAST to VARCHAR(n)/CHAR(n)
    // silently truncates in both H2 and PostgreSQL (SQL standard), which would store an over-long record
    // id cut to 64 characters (and merge it with another id sharing that prefix) instead of failing.
    // The table's column lengths do the checking.
    private static final String UPSERT = """
            MERGE INTO credit_record t
            USING (VALUES (CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR),
                           CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR),
                           CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS TIMESTAMP WITH TIME ZONE)))
                AS s (category, source_id, record_id, fingerprint, subject_category, subject_code,
                      batch_id, payload, received_at)
            ON t.category = s.category AND t.source_id = s.source_id AND t.record_id = s.record_id
            WHEN MATCHED AND t.fingerprint <> s.fingerprint THEN
                UPDATE SET fingerprint = s.fingerprint, version = t.version + 1,
                           subject_category = s.subject_category, subject_code = s.subject_code,
                           batch_id = s.batch_id, payload = s.payload, received_at = s.received_at,
                           written_at = CURRENT_TIMESTAMP
            WHEN NOT MATCHED THEN
                INSERT (category, source_id, record_id, fingerprint, version, subject_category, subject_code,
                        batch_id, payload, received_at, written_at)
                VALUES (s.category, s.source_id, s.record_id, s.fingerprint, 1, s.subject_category,
                        s.subject_code, s.batch_id, s.payload, s.received_at, CURRENT_TIMESTAMP)
            """;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public CreditRecordStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    public WriteResult write(AcceptedBatch batch) {
        OffsetDateTime receivedAt = batch.receivedAt().atOffset(ZoneOffset.UTC);
        int[][] counts = transaction.execute(status -> jdbc.batchUpdate(UPSERT, batch.records(), batch.records().size(),
                (ps, r) -> {
                    ps.setString(1, r.category());
                    ps.setString(2, batch.sourceId());
                    ps.setString(3, r.recordId());
                    ps.setString(4, r.fingerprint());
                    ps.setString(5, r.subjectCategory());
                    ps.setString(6, r.subjectCode());
                    ps.setString(7, batch.batchId());
                    ps.setString(8, r.data().toString());
                    ps.setObject(9, receivedAt);
                }));
        int written = 0;
        for (int[] chunk : counts) {
            for (int count : chunk) {
                written += count > 0 ? 1 : 0;
            }
        }
        return new WriteResult(written, batch.records().size() - written);
    }

    /** One stored record, for reads by key. */
    public record StoredRecord(String category, String sourceId, String recordId, String fingerprint, int version,
                               String subjectCategory, String subjectCode, String batchId, String payload) {
    }

    public Optional<StoredRecord> find(String category, String sourceId, String recordId) {
        return jdbc.query("""
                SELECT category, source_id, record_id, fingerprint, version, subject_category, subject_code,
                       batch_id, payload FROM credit_record WHERE category = ? AND source_id = ? AND record_id = ?
                """, (rs, n) -> new StoredRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4).trim(), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9)), category, sourceId, recordId).stream().findFirst();
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
