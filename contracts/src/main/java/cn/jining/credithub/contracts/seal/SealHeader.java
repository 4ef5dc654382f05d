package cn.jining.credithub.contracts.seal;

import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The signed part of a sealed batch. Its canonical JSON (keys sorted, no white space, no nulls, UTF-8,
 * instants as ISO-8601 UTC to the second) is what the SM2 signature covers and the SM4-GCM AAD binds.
 *
 * @param payload {@link #PLAIN} or {@link #SM4_GCM}
 */
public record SealHeader(int formatVersion, String sourceId, String batchId, Instant createdAt, Instant expiresAt,
                         int recordCount, String merkleRoot, String signerCertificateSm3, String signerSubject,
                         String payload) {

    /** The format this hub seals: 2 binds each record's id and subject into its Merkle leaf (SealedLeaf). */
    public static final int FORMAT_VERSION = 2;
    /** The first format, still verified: its leaves are the fingerprints alone. */
    public static final int FORMAT_VERSION_1 = 1;
    public static final String PLAIN = "PLAIN";
    public static final String SM4_GCM = "SM4-GCM";

    /** The exact bytes that are signed. */
    public byte[] canonicalBytes() {
        return Fingerprint.canonicalJson(ContractsJson.mapper().valueToTree(this)).getBytes(StandardCharsets.UTF_8);
    }
}
