package cn.jining.credithub.adapters.downward;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import java.time.Instant;
import java.util.List;

/**
 * A batch the province sent down, as the hub verified it and as every subscriber receives it (docs/province.md
 * "Downward"): who sealed it ({@code origin}, the envelope's source id, and the signer), when, the signed Merkle
 * root (a subscriber can re-check every record with the contracts jar), when the hub received it, and the
 * records in the province's order.
 */
public record DownwardBatch(String origin, String batchId, Instant createdAt, Instant receivedAt, String merkleRoot,
                            String signerSubject, String signerCertificateSm3, List<AcceptedRecord> records) {

    public DownwardBatch {
        records = records == null ? List.of() : List.copyOf(records);
    }
}
