package cn.jining.credithub.repository.audit;

import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** One entry of the common chain: node {@code nodeId}'s chain stood at {@code nodeSeq} with {@code nodeHash}. */
public record AuditAnchor(long seq, Instant at, String nodeId, long nodeSeq, String nodeHash, String prevHash,
                          String hash, String signature) {

    static final String COLUMNS = "seq, at, node_id, node_seq, node_hash, prev_hash, hash, signature";

    /** Anchor {@code seq} after {@code prevHash}, at {@code at} cut to milliseconds, hashed. */
    static AuditAnchor chained(long seq, Instant at, String nodeId, long nodeSeq, String nodeHash, String prevHash) {
        AuditAnchor draft = new AuditAnchor(seq, at.truncatedTo(ChronoUnit.MILLIS), nodeId, nodeSeq, nodeHash, prevHash,
                null, null);
        return draft.withHash(draft.computeHash());
    }

    AuditAnchor withHash(String newHash) {
        return new AuditAnchor(seq, at, nodeId, nodeSeq, nodeHash, prevHash, newHash, signature);
    }

    AuditAnchor withSignature(String newSignature) {
        return new AuditAnchor(seq, at, nodeId, nodeSeq, nodeHash, prevHash, hash, newSignature);
    }

    /** SM3(prev_hash as 64 ASCII hex ‖ UTF-8 canonical JSON of seq, at, node, nodeSeq, nodeHash), lower-case hex. */
    public String computeHash() {
        ObjectNode node = ContractsJson.mapper().createObjectNode();
        node.put("seq", seq);
        node.put("at", AuditEntry.AT.format(at));
        node.put("node", nodeId);
        node.put("nodeSeq", nodeSeq);
        node.put("nodeHash", nodeHash);
        return Fingerprint.sm3Hex((prevHash + Fingerprint.canonicalJson(node)).getBytes(StandardCharsets.UTF_8));
    }

    static AuditAnchor read(ResultSet rs) throws SQLException {
        return new AuditAnchor(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                rs.getLong(4), rs.getString(5).trim(), rs.getString(6).trim(), rs.getString(7).trim(), rs.getString(8));
    }
}
