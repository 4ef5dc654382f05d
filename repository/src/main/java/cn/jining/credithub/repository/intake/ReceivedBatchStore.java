package cn.jining.credithub.repository.intake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The batch ids pushing sources have sent (table {@code received_batch}, migration V4), for the intake's replay
 * protection. H2, PostgreSQL and MariaDB alike: plain SELECT and INSERT, a duplicate insert is ignored.
 */
public class ReceivedBatchStore {

    private final JdbcTemplate jdbc;

    public ReceivedBatchStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** When the batch was first answered, if it was. */
    public Optional<Instant> receivedAt(String sourceId, String batchId) {
        List<OffsetDateTime> found = jdbc.query("SELECT received_at FROM received_batch WHERE source_id = ? AND batch_id = ?",
                (rs, n) -> rs.getObject(1, OffsetDateTime.class), sourceId, batchId);
        return found.stream().findFirst().map(OffsetDateTime::toInstant);
    }

    /**
     * Remembers the batch; a pair already there keeps its first time. Two identical requests racing past the
     * check both reach here: the second insert fails on the key and is ignored, since its records were
     * idempotent writes of the same data.
     */
    public void remember(String sourceId, String batchId, Instant receivedAt) {
        try {
            jdbc.update("INSERT INTO received_batch (source_id, batch_id, received_at) VALUES (?, ?, ?)",
                    sourceId, batchId, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC));
        } catch (DuplicateKeyException e) {
            // First time wins; see above.
        }
    }
}
