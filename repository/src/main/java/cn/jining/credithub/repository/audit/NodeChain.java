package cn.jining.credithub.repository.audit;

import cn.jining.credithub.contracts.seal.Signer;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** One node's hash chain in the database: chains events after the node's head, in the transaction open on the caller. */
final class NodeChain {

    static final String GENESIS = "0".repeat(64);
    private static final String INSERT = "INSERT INTO audit_entry (node_id, " + AuditTrail.COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final String nodeId;
    private final Clock clock;
    private final Signer signer;
    private final int checkpointEvery;
    private volatile boolean headExists;

    NodeChain(JdbcTemplate jdbc, TransactionTemplate transaction, String nodeId, Clock clock, Signer signer,
              int checkpointEvery) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transaction.getTransactionManager());
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.nodeId = nodeId;
        this.clock = clock;
        this.signer = signer;
        this.checkpointEvery = checkpointEvery;
    }

    String nodeId() {
        return nodeId;
    }

    /** Appends {@code events} in order; must run inside a transaction, which holds the node's head lock to its end. */
    List<AuditEntry> write(List<AuditEntry> events) {
        ensureHead();
        // One writer of this node's chain at a time (threads, and both of a node's pools): the UPDATE takes the
        // node's head row lock until commit; the SELECT after it reads the head as the last writer committed it.
        jdbc.update("UPDATE audit_node_head SET seq = seq WHERE node_id = ?", nodeId);
        Map<String, Object> head = jdbc.queryForMap("SELECT seq, hash FROM audit_node_head WHERE node_id = ?", nodeId);
        long seq = ((Number) head.get("seq")).longValue();
        String prev = ((String) head.get("hash")).trim();
        List<AuditEntry> stored = new ArrayList<>(events.size());
        for (AuditEntry event : events) {
            AuditEntry entry = event.chained(++seq, clock.instant(), prev);
            stored.add(seq % checkpointEvery == 0 && signer != null ? signed(entry) : entry);
            prev = entry.hash();
        }
        jdbc.batchUpdate(INSERT, stored, stored.size(), (ps, e) -> {
            ps.setString(1, nodeId);
            ps.setLong(2, e.seq());
            ps.setObject(3, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
            ps.setString(4, e.kind().name());
            ps.setString(5, e.category());
            ps.setString(6, e.sourceId());
            ps.setString(7, e.batchId());
            ps.setString(8, e.recordId());
            ps.setString(9, e.fingerprint());
            ps.setString(10, e.destination());
            ps.setString(11, e.detail());
            ps.setString(12, e.prevHash());
            ps.setString(13, e.hash());
            ps.setString(14, e.signature());
        });
        jdbc.update("UPDATE audit_node_head SET seq = ?, hash = ? WHERE node_id = ?", seq, prev, nodeId);
        return stored;
    }

    /** The node's head row, created once in a transaction of its own (a failed insert must not spoil the caller's). */
    private void ensureHead() {
        if (headExists) {
            return;
        }
        ownTransaction.executeWithoutResult(status -> {
            Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM audit_node_head WHERE node_id = ?", Integer.class,
                    nodeId);
            if (rows == null || rows == 0) {
                try {
                    jdbc.update("INSERT INTO audit_node_head (node_id, seq, hash) VALUES (?, 0, ?)", nodeId, GENESIS);
                } catch (DuplicateKeyException raced) {
                    status.setRollbackOnly(); // the node's other pool created it first
                }
            }
        });
        headExists = true;
    }

    private AuditEntry signed(AuditEntry entry) {
        return entry.withSignature(sign(signer, entry.hash(), "checkpoint " + entry.seq() + " of node " + nodeId));
    }

    /** Base64 DER SM2 signature over the 32 bytes of {@code hash}; fails the append when signing fails. */
    static String sign(Signer signer, String hash, String what) {
        try {
            return Base64.getEncoder().encodeToString(signer.sign(HexFormat.of().parseHex(hash)));
        } catch (GeneralSecurityException e) {
            // SECURITY: an unsigned checkpoint would be indistinguishable from a stripped one; fail the append.
            throw new AuditException(what + " could not be signed", e);
        }
    }
}
