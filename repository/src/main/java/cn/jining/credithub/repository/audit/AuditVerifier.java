package cn.jining.credithub.repository.audit;

import cn.jining.credithub.contracts.seal.BcSm2SignatureVerifier;
import cn.jining.credithub.contracts.seal.SignatureVerifier;
import cn.jining.credithub.repository.audit.AuditVerification.Problem;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks every node's chain from seq 1, then the common chain of anchors (each anchor must name an entry its node's
 * chain still holds), and names the first entry where it breaks (docs/audit.md).
 */
public class AuditVerifier {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final PublicKey checkpointKey;
    private final int checkpointEvery;
    private final SignatureVerifier signatures = new BcSm2SignatureVerifier();

    /** Checks the hash chains only. */
    public AuditVerifier(DataSource dataSource) {
        this(dataSource, null, 0);
    }

    /**
     * Also checks signatures with {@code checkpointKey}: every signature present must verify, every anchor must
     * carry one, and when {@code checkpointEvery > 0} every entry whose seq is a multiple of it must carry one.
     */
    public AuditVerifier(DataSource dataSource, PublicKey checkpointKey, int checkpointEvery) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1_000);
        this.readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.readOnly.setReadOnly(true);
        this.checkpointKey = checkpointKey;
        this.checkpointEvery = checkpointEvery;
    }

    public AuditVerification verify() {
        // In a transaction: PostgreSQL honours the fetch size (streams the chain) only with auto-commit off.
        return readOnly.execute(status -> {
            AuditVerification nodes = walkNodes();
            return nodes.ok() ? walkAnchors(nodes.entries()) : nodes;
        });
    }

    private AuditVerification walkNodes() {
        Map<String, Map<String, Object>> heads = new TreeMap<>();
        jdbc.queryForList("SELECT node_id, seq, hash FROM audit_node_head").forEach(h -> heads.put((String) h.get("node_id"), h));
        Map<String, ChainWalk> walks = new TreeMap<>();
        // The heads were read first: rows a running hub commits after that (past its head) are left to the next check.
        jdbc.query("SELECT " + AuditTrail.COLUMNS + ", node_id FROM audit_entry ORDER BY node_id, seq",
                (RowCallbackHandler) rs -> {
                    Map<String, Object> head = heads.get(rs.getString(14));
                    if (head == null || rs.getLong(1) <= ((Number) head.get("seq")).longValue()) {
                        walks.computeIfAbsent(rs.getString(14), ChainWalk::new).check(AuditTrail.read(rs));
                    }
                });
        heads.keySet().forEach(node -> walks.computeIfAbsent(node, ChainWalk::new));
        long entries = 0;
        for (ChainWalk walk : walks.values()) {
            Map<String, Object> head = heads.get(walk.chain);
            // SECURITY: a chain cut off at its end is still a valid chain; only the head row shows rows are gone.
            if (walk.broken == null && (head == null || ((Number) head.get("seq")).longValue() != walk.seq
                    || !((String) head.get("hash")).trim().equals(walk.prev))) {
                walk.broken = new AuditVerification(walk.seq, walk.seq + 1, Problem.MISSING, walk.chain);
            }
            if (walk.broken != null) {
                return walk.broken;
            }
            entries += walk.seq;
        }
        return AuditVerification.intact(entries);
    }

    private AuditVerification walkAnchors(long entries) {
        ChainWalk anchors = new ChainWalk(AuditVerification.ANCHORS);
        AuditVerification[] nodeBreak = new AuditVerification[1];
        Map<String, Object> head = jdbc.queryForMap("SELECT seq, hash FROM audit_anchor_head WHERE id = 1");
        jdbc.query("SELECT " + AuditAnchor.COLUMNS + " FROM audit_anchor WHERE seq <= ? ORDER BY seq", (RowCallbackHandler) rs -> {
            AuditAnchor anchor = AuditAnchor.read(rs);
            if (anchors.broken == null && nodeBreak[0] == null) {
                anchors.check(anchor.seq(), anchor.prevHash(), anchor.hash(), anchor.computeHash(), anchor.signature(), true);
                nodeBreak[0] = anchors.broken == null ? anchored(anchor) : null;
            }
        }, ((Number) head.get("seq")).longValue());
        if (nodeBreak[0] != null || anchors.broken != null) {
            return nodeBreak[0] != null ? nodeBreak[0] : anchors.broken;
        }
        if (((Number) head.get("seq")).longValue() != anchors.seq || !((String) head.get("hash")).trim().equals(anchors.prev)) {
            return new AuditVerification(anchors.seq, anchors.seq + 1, Problem.MISSING, AuditVerification.ANCHORS);
        }
        return AuditVerification.intact(entries);
    }

    /** Null when the node's chain still holds the anchored entry; else the break, named on the node's chain. */
    private AuditVerification anchored(AuditAnchor anchor) {
        List<String> hash = jdbc.queryForList("SELECT hash FROM audit_entry WHERE node_id = ? AND seq = ?", String.class,
                anchor.nodeId(), anchor.nodeSeq());
        if (hash.isEmpty()) {
            return new AuditVerification(anchor.nodeSeq() - 1, anchor.nodeSeq(), Problem.MISSING, anchor.nodeId());
        }
        return hash.get(0).trim().equals(anchor.nodeHash()) ? null
                : new AuditVerification(anchor.nodeSeq() - 1, anchor.nodeSeq(), Problem.ANCHOR_MISMATCH, anchor.nodeId());
    }

    /** One chain's walk: the last good seq and hash, and the first break found. */
    private final class ChainWalk {
        final String chain;
        long seq;
        String prev = NodeChain.GENESIS;
        AuditVerification broken;

        ChainWalk(String chain) {
            this.chain = chain;
        }

        void check(AuditEntry entry) {
            check(entry.seq(), entry.prevHash(), entry.hash(), entry.computeHash(), entry.signature(),
                    checkpointEvery > 0 && entry.seq() % checkpointEvery == 0);
        }

        void check(long rowSeq, String prevHash, String hash, String recomputed, String signature, boolean mustSign) {
            if (broken != null) {
                return;
            }
            Problem problem = rowSeq != seq + 1 ? Problem.MISSING
                    : !prev.equals(prevHash) ? Problem.BROKEN_LINK
                    : !recomputed.equals(hash) ? Problem.ALTERED
                    : checkpointKey == null || signatureOk(hash, signature, mustSign) ? null : Problem.BAD_SIGNATURE;
            if (problem != null) {
                broken = new AuditVerification(seq, problem == Problem.MISSING ? seq + 1 : rowSeq, problem, chain);
                return;
            }
            seq = rowSeq;
            prev = hash;
        }

        private boolean signatureOk(String hash, String signature, boolean mustSign) {
            if (signature == null) {
                return !mustSign;
            }
            try {
                return signatures.verify(HexFormat.of().parseHex(hash), Base64.getDecoder().decode(signature), checkpointKey);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
