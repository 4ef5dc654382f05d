package cn.jining.credithub.repository.audit;

import cn.jining.credithub.contracts.seal.Signer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anchors one node's chain into the common chain: at most once per interval, and only when the node's chain has
 * grown since its last anchor. The common chain's head row is the only lock the nodes share, taken per anchor.
 */
final class AnchorChain {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final String nodeId;
    private final Clock clock;
    private final Signer signer;
    private final Duration every;
    private Instant last = Instant.now();
    private long anchoredSeq = -1;

    AnchorChain(JdbcTemplate jdbc, TransactionTemplate transaction, String nodeId, Clock clock, Signer signer,
                Duration every) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.nodeId = nodeId;
        this.clock = clock;
        this.signer = signer;
        this.every = every;
    }

    /** Anchors when the interval has passed since the last anchor (called by the group writer between groups). */
    synchronized void anchorIfDue() {
        Instant now = Instant.now();
        if (now.isBefore(last.plus(every))) {
            return;
        }
        last = now;
        anchor();
    }

    /** Anchors the node's committed head now, unless it is anchored already; returns the anchor or null. */
    synchronized AuditAnchor anchor() {
        return transaction.execute(status -> {
            Map<String, Object> node = jdbc.queryForList("SELECT seq, hash FROM audit_node_head WHERE node_id = ?",
                    nodeId).stream().findFirst().orElse(null);
            if (node == null || ((Number) node.get("seq")).longValue() == anchoredSeq
                    || ((Number) node.get("seq")).longValue() == 0) {
                return null;
            }
            jdbc.update("UPDATE audit_anchor_head SET seq = seq WHERE id = 1");
            Map<String, Object> head = jdbc.queryForMap("SELECT seq, hash FROM audit_anchor_head WHERE id = 1");
            long seq = ((Number) head.get("seq")).longValue() + 1;
            long nodeSeq = ((Number) node.get("seq")).longValue();
            AuditAnchor anchor = AuditAnchor.chained(seq, clock.instant(), nodeId, nodeSeq,
                    ((String) node.get("hash")).trim(), ((String) head.get("hash")).trim());
            if (signer != null) {
                anchor = anchor.withSignature(NodeChain.sign(signer, anchor.hash(), "anchor " + seq));
            }
            jdbc.update("INSERT INTO audit_anchor (" + AuditAnchor.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    anchor.seq(), OffsetDateTime.ofInstant(anchor.at(), ZoneOffset.UTC), nodeId, nodeSeq,
                    anchor.nodeHash(), anchor.prevHash(), anchor.hash(), anchor.signature());
            jdbc.update("UPDATE audit_anchor_head SET seq = ?, hash = ? WHERE id = 1", seq, anchor.hash());
            anchoredSeq = nodeSeq;
            return anchor;
        });
    }
}
