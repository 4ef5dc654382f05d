package cn.jining.credithub.adapters.province;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.seal.MerkleTree;
import cn.jining.credithub.contracts.seal.SealedBatch;
import cn.jining.credithub.contracts.seal.Sealer;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an accepted batch into upward batches of at most {@code max-batch-records} and seals them with the hub's
 * identity (SM4-GCM for the province certificate when configured). The batch id is derived from the content
 * (source, the source's batch id, position, Merkle root), so the same records always travel under the same id:
 * a redelivered message or a re-send after a lost acknowledgement is recognised by the province as a duplicate.
 */
public class ProvinceSealing {

    /** Hex digits of the content hash in a batch id: 160 bits, no accidental collision. */
    private static final int ID_HEX = 40;
    private final ProvinceSettings settings;
    private final Sealer sealer;
    private final X509Certificate province;

    public ProvinceSealing(ProvinceSettings settings, SealingIdentity hub, X509Certificate province, Clock clock)
            throws GeneralSecurityException {
        this.settings = settings;
        this.sealer = new Sealer(hub.signer(), hub.certificate(), clock, settings.envelopeValidity());
        this.province = province;
    }

    /** An upward batch before sealing: its id and records, and the source and source batch they came from. */
    public record Chunk(String batchId, String sourceId, String originBatchId, List<AcceptedRecord> records) {
    }

    public List<Chunk> chunks(AcceptedBatch batch) {
        List<AcceptedRecord> all = batch.records();
        List<Chunk> chunks = new ArrayList<>();
        for (int from = 0, index = 0; from < all.size(); from += settings.maxBatchRecords(), index++) {
            List<AcceptedRecord> part = List.copyOf(all.subList(from, Math.min(all.size(), from + settings.maxBatchRecords())));
            chunks.add(new Chunk(batchId(batch.sourceId(), batch.batchId(), index, part), batch.sourceId(),
                    batch.batchId(), part));
        }
        return chunks;
    }

    /** Seals {@code records} as batch {@code batchId} of {@code sourceId}, freshly dated (a re-send gets a new expiry). */
    public SealedBatch seal(String sourceId, String batchId, List<AcceptedRecord> records) throws GeneralSecurityException {
        return settings.encrypt() ? sealer.seal(sourceId, batchId, records, province)
                : sealer.seal(sourceId, batchId, records);
    }

    String batchId(String sourceId, String originBatchId, int index, List<AcceptedRecord> records) {
        String root = MerkleTree.ofHex(records.stream().map(AcceptedRecord::fingerprint).toList()).rootHex();
        // A separator no id contains, so ("a\0b", "c") and ("a", "b\0c") hash differently.
        String identity = String.join("\u0000", sourceId, originBatchId, Integer.toString(index), root);
        return settings.hubSourceTag() + "-" + Fingerprint.sm3Hex(identity.getBytes(StandardCharsets.UTF_8))
                .substring(0, ID_HEX);
    }
}
