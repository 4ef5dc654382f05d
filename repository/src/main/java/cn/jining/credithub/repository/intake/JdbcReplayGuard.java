package cn.jining.credithub.repository.intake;

import cn.jining.credithub.contracts.seal.ReplayGuard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A {@link ReplayGuard} in the database (table {@code downward_batch}, migration V8): shared by every hub node and
 * kept across restarts. A batch is PENDING from its first sight until {@link #kept}; a PENDING batch older than
 * {@code pendingGrace} was left by a node that crashed before publishing it, and its re-send is let through.
 */
public class JdbcReplayGuard implements ReplayGuard {

    private static final String PENDING = "PENDING";
    private static final String KEPT = "KEPT";
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration pendingGrace;

    public JdbcReplayGuard(DataSource dataSource, Clock clock, Duration pendingGrace) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.pendingGrace = pendingGrace;
    }

    @Override
    public boolean firstSeen(String sourceId, String batchId, Instant expiresAt) {
        OffsetDateTime now = utc(clock.instant());
        jdbc.update("DELETE FROM downward_batch WHERE expires_at <= ?", now);
        try {
            jdbc.update("INSERT INTO downward_batch (source_id, batch_id, state, seen_at, expires_at) "
                    + "VALUES (?, ?, ?, ?, ?)", sourceId, batchId, PENDING, now, utc(expiresAt));
            return true;
        } catch (DuplicateKeyException seen) {
            // Taken over only if still PENDING and stale; the update is the claim, so two re-sends cannot both win.
            return jdbc.update("UPDATE downward_batch SET seen_at = ? WHERE source_id = ? AND batch_id = ? "
                    + "AND state = ? AND seen_at < ?", now, sourceId, batchId, PENDING,
                    utc(clock.instant().minus(pendingGrace))) == 1;
        }
    }

    @Override
    public void kept(String sourceId, String batchId) {
        jdbc.update("UPDATE downward_batch SET state = ? WHERE source_id = ? AND batch_id = ?", KEPT, sourceId, batchId);
    }

    @Override
    public void release(String sourceId, String batchId) {
        jdbc.update("DELETE FROM downward_batch WHERE source_id = ? AND batch_id = ?", sourceId, batchId);
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
