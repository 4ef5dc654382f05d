package cn.jining.credithub.contracts.seal;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Seals a batch of accepted records: Merkle root over their leaves (fingerprint bound to record id and subject,
 * {@link SealedLeaf}), one SM2 signature, optional SM4-GCM.
 */
public final class Sealer {

    private final Signer signer;
    private final CertificateRef signerRef;
    private final Clock clock;
    private final Duration validity;
    private final int formatVersion;
    private final PayloadCipher cipher = new BcSm4GcmCipher();
    private final KeyWrapper wrapper = new BcSm2KeyWrapper();

    /** Envelopes expire {@code validity} after sealing. */
    public Sealer(Signer signer, X509Certificate signerCertificate, Clock clock, Duration validity) {
        this(signer, signerCertificate, clock, validity, SealHeader.FORMAT_VERSION);
    }

    /** Seals in an older {@code formatVersion}: for tests that show older envelopes still verify. */
    Sealer(Signer signer, X509Certificate signerCertificate, Clock clock, Duration validity, int formatVersion) {
        this.formatVersion = formatVersion;
        this.signer = signer;
        this.signerRef = CertificateRef.of(signerCertificate);
        this.clock = clock;
        this.validity = validity;
    }

    public SealedBatch seal(AcceptedBatch batch) throws GeneralSecurityException {
        return seal(batch.sourceId(), batch.batchId(), batch.records());
    }

    /** The records in clear, signed. */
    public SealedBatch seal(String sourceId, String batchId, List<AcceptedRecord> records)
            throws GeneralSecurityException {
        SealHeader header = header(sourceId, batchId, records, SealHeader.PLAIN);
        byte[] signed = header.canonicalBytes();
        return new SealedBatch(header, Fingerprint.sm3Hex(signed), sign(signed), List.copyOf(records), null);
    }

    /** The records encrypted with a fresh SM4 key, the key wrapped for {@code recipient}'s SM2 public key. */
    public SealedBatch seal(String sourceId, String batchId, List<AcceptedRecord> records, X509Certificate recipient)
            throws GeneralSecurityException {
        SealHeader header = header(sourceId, batchId, records, SealHeader.SM4_GCM);
        byte[] signed = header.canonicalBytes();
        byte[] plaintext = recordsJson(records);
        // The header is the AAD: a ciphertext cannot be moved under another batch's header.
        PayloadCipher.Encrypted encrypted = cipher.encrypt(plaintext, signed);
        byte[] wrappedKey = wrapper.wrap(encrypted.key(), recipient.getPublicKey());
        Arrays.fill(encrypted.key(), (byte) 0);
        Base64.Encoder b64 = Base64.getEncoder();
        EncryptedPayload payload = new EncryptedPayload(CertificateRef.of(recipient).sm3(), b64.encodeToString(wrappedKey),
                b64.encodeToString(encrypted.iv()), b64.encodeToString(encrypted.ciphertext()));
        return new SealedBatch(header, Fingerprint.sm3Hex(signed), sign(signed), null, payload);
    }

    private SealHeader header(String sourceId, String batchId, List<AcceptedRecord> records, String payload) {
        if (sourceId == null || sourceId.isBlank() || batchId == null || batchId.isBlank()) {
            throw new IllegalArgumentException("a sealed batch needs a source id and a batch id");
        }
        List<String> leaves = new ArrayList<>(records.size());
        for (AcceptedRecord record : records) {
            String fingerprint = Fingerprint.of(record.category(), record.data());
            if (!fingerprint.equals(record.fingerprint())) {
                // Sealing a record under a fingerprint its content does not have would sign a lie.
                throw new IllegalArgumentException("record " + record.recordId() + " does not match its fingerprint");
            }
            leaves.add(SealedLeaf.of(formatVersion, record));
        }
        // Whole seconds, so the canonical text of the instants is the same in every implementation.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return new SealHeader(formatVersion, sourceId, batchId, now, now.plus(validity), records.size(),
                MerkleTree.ofHex(leaves).rootHex(), signerRef.sm3(), signerRef.subject(), payload);
    }

    private String sign(byte[] signed) throws GeneralSecurityException {
        return Base64.getEncoder().encodeToString(signer.sign(signed));
    }

    private static byte[] recordsJson(List<AcceptedRecord> records) {
        try {
            return ContractsJson.mapper().writeValueAsBytes(records);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("records cannot be written as JSON", e);
        }
    }
}
