package cn.jining.credithub.contracts.province;

import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A receiver's signed answer to a sealed batch (docs/province.md "Acknowledgement"): which batch
 * ({@code sourceId}, {@code batchId}, {@code merkleRoot}, {@code recordCount}), what it did ({@code status}),
 * when ({@code receivedAt}, whole seconds UTC), who signs ({@code signerCertificateSm3}) and the SM3withSM2
 * signature (Base64 DER) over the canonical JSON of every other member.
 */
public record Acknowledgement(String sourceId, String batchId, String merkleRoot, int recordCount, AckStatus status,
                              Instant receivedAt, String signerCertificateSm3, String signature) {

    /** The exact bytes that are signed: the canonical JSON of this acknowledgement without {@code signature}. */
    public byte[] canonicalBytes() {
        ObjectNode node = ContractsJson.mapper().valueToTree(this);
        node.remove("signature");
        return Fingerprint.canonicalJson(node).getBytes(StandardCharsets.UTF_8);
    }

    /** This acknowledgement carrying {@code newSignature}. */
    Acknowledgement withSignature(String newSignature) {
        return new Acknowledgement(sourceId, batchId, merkleRoot, recordCount, status, receivedAt, signerCertificateSm3,
                newSignature);
    }
}
