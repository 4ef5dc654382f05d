package cn.jining.credithub.repository.audit;

import cn.jining.credithub.contracts.seal.Signer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to this hub node's hash-chained audit trail and reads a record's entries back (docs/audit.md). An append
 * made inside a transaction open on the same DataSource joins it (a delivery is audited in the transaction that
 * writes it); any other append is group-committed with the appends of other threads, and returns once committed.
 */
public class AuditTrail implements AutoCloseable {

    /** The node id of a single hub (and of the chain written before there were several). */
    public static final String DEFAULT_NODE = "hub";
    /** How often a node's chain is anchored into the common chain (when it has grown). */
    public static final Duration DEFAULT_ANCHOR_EVERY = Duration.ofSeconds(1);
    static final String COLUMNS = "seq, at, kind, category, source_id, batch_id, record_id, fingerprint, "
            + "destination, detail, prev_hash, hash, signature";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final NodeChain chain;
    private final AnchorChain anchors;
    private final GroupCommit group;

    /** The default node's trail; {@code signer} may be null (no checkpoint signatures). */
    public AuditTrail(DataSource dataSource, Clock clock, Signer signer, int checkpointEvery) {
        this(dataSource, clock, signer, checkpointEvery, DEFAULT_NODE, DEFAULT_ANCHOR_EVERY);
    }

    /**
     * Node {@code nodeId}'s trail (unique per hub node); {@code signer} may be null (no signatures), else every entry
     * whose seq is a multiple of {@code checkpointEvery}, and every anchor, is signed.
     */
    public AuditTrail(DataSource dataSource, Clock clock, Signer signer, int checkpointEvery, String nodeId,
                      Duration anchorEvery) {
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("checkpointEvery must be at least 1: " + checkpointEvery);
        }
        if (nodeId == null || nodeId.isBlank() || nodeId.length() > 64) {
            throw new IllegalArgumentException("the node id must be 1 to 64 characters: " + nodeId);
        }
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.chain = new NodeChain(jdbc, transaction, nodeId, clock, signer, checkpointEvery);
        this.anchors = new AnchorChain(jdbc, transaction, nodeId, clock, signer, anchorEvery);
        this.group = new GroupCommit("audit-group-commit-" + nodeId,
                events -> transaction.execute(status -> chain.write(events)), anchors::anchorIfDue, anchorEvery);
    }

    /** Appends the events in order, committed together; returns them as stored. */
    public List<AuditEntry> append(List<AuditEntry> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        if (TransactionSynchronizationManager.getResource(dataSource) != null) {
            // The caller's transaction: the entries commit (or roll back) with what they audit.
            return transaction.execute(status -> chain.write(events));
        }
        return group.append(events);
    }

    /** Anchors this node's chain into the common chain now (done every anchor interval anyway); the anchor or null. */
    public AuditAnchor anchor() {
        return anchors.anchor();
    }

    /** A record's entries, oldest first: its submission (or rejection) and every delivery or refusal, on any node. */
    public List<AuditEntry> trace(String category, String sourceId, String recordId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE record_id = ? AND source_id = ? "
                + "AND category = ? ORDER BY at, node_id, seq", (rs, n) -> read(rs), recordId, sourceId, category);
    }

    /** Commits the queued appends and anchors the chain's end; appends after this write for themselves. */
    @Override
    public void close() {
        group.close();
        try {
            anchors.anchor();
        } catch (RuntimeException e) {
            // Not fatal: the next start (or another node) anchors the chain's end; the chain itself is complete.
            System.getLogger(AuditTrail.class.getName()).log(System.Logger.Level.WARNING,
                    "could not anchor the audit chain on close: " + e);
        }
    }

    static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                AuditKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), trim(rs.getString(8)), rs.getString(9), rs.getString(10), trim(rs.getString(11)),
                trim(rs.getString(12)), rs.getString(13));
    }

    private static String trim(String fixed) {
        return fixed == null ? null : fixed.trim();
    }
}
