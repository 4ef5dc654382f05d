package cn.jining.credithub.repository.audit;

import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * One entry of the audit trail. Before it is appended only the event fields are set ({@link #of});
 * the trail assigns seq, time, prev_hash, hash and (on checkpoints) the signature.
 */
public record AuditEntry(long seq, Instant at, AuditKind kind, String category, String sourceId, String batchId,
                         String recordId, String fingerprint, String destination, String detail, String prevHash,
                         String hash, String signature) {

    /** The instant as hashed: UTC, always three fraction digits, so a third party can rebuild the text. */
    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** An event to append; {@code detail} is a JSON text (null means {@code {}}). */
    public static AuditEntry of(AuditKind kind, String category, String sourceId, String batchId, String recordId,
                                String fingerprint, String destination, String detail) {
        return new AuditEntry(0, null, kind, category, sourceId, batchId, recordId, fingerprint, destination,
                detail == null ? "{}" : detail, null, null, null);
    }

    /** This event chained as entry {@code seq} after {@code prevHash}, at {@code at} cut to milliseconds. */
    AuditEntry chained(long seq, Instant at, String prevHash) {
        Instant millis = at.truncatedTo(ChronoUnit.MILLIS);
        AuditEntry draft = new AuditEntry(seq, millis, kind, category, sourceId, batchId, recordId, fingerprint,
                destination, detail, prevHash, null, null);
        return draft.withHash(draft.computeHash());
    }

    AuditEntry withHash(String newHash) {
        return new AuditEntry(seq, at, kind, category, sourceId, batchId, recordId, fingerprint, destination, detail,
                prevHash, newHash, signature);
    }

    AuditEntry withSignature(String newSignature) {
        return new AuditEntry(seq, at, kind, category, sourceId, batchId, recordId, fingerprint, destination, detail,
                prevHash, hash, newSignature);
    }

    /** SM3(prev_hash as 64 ASCII hex ‖ UTF-8 canonical JSON of the entry's fields), lower-case hex. */
    public String computeHash() {
        return Fingerprint.sm3Hex((prevHash + canonicalJson()).getBytes(StandardCharsets.UTF_8));
    }

    /** The entry's fields (not prev_hash, hash, signature) as canonical JSON; absent fields are left out. */
    public String canonicalJson() {
        ObjectNode node = ContractsJson.mapper().createObjectNode();
        node.put("seq", seq);
        node.put("at", AT.format(at));
        node.put("kind", kind.name());
        node.put("category", category);
        node.put("sourceId", sourceId);
        node.put("batchId", batchId);
        node.put("recordId", recordId);
        node.put("fingerprint", fingerprint);
        node.put("destination", destination);
        node.put("detail", detail);
        return Fingerprint.canonicalJson(node);
    }
}
