package cn.jining.credithub.contracts.seal;

import static cn.jining.credithub.contracts.seal.SealFailure.ALTERED_HEADER;
import static cn.jining.credithub.contracts.seal.SealFailure.ALTERED_RECORD;
import static cn.jining.credithub.contracts.seal.SealFailure.BAD_SIGNATURE;
import static cn.jining.credithub.contracts.seal.SealFailure.EXPIRED;
import static cn.jining.credithub.contracts.seal.SealFailure.REPLAYED;
import static cn.jining.credithub.contracts.seal.SealFailure.UNKNOWN_SIGNER;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Verifies a {@link SealedBatch} and names exactly what failed. Order: header form and SM3, trusted signer,
 * signature, expiry, decryption, each record against its fingerprint, the root, and last the replay guard.
 */
public final class SealVerifier {

    private final TrustedSigners trusted;
    private final ReplayGuard replayGuard;
    private final Clock clock;
    private final PayloadOpener opener;
    private final SignatureVerifier signatures = new BcSm2SignatureVerifier();

    /** {@code opener} decrypts SM4-GCM payloads; {@link PayloadOpener#none()} where only clear ones are expected. */
    public SealVerifier(TrustedSigners trusted, ReplayGuard replayGuard, Clock clock, PayloadOpener opener) {
        this.trusted = trusted;
        this.replayGuard = replayGuard;
        this.clock = clock;
        this.opener = opener;
    }

    public VerifiedBatch verify(SealedBatch sealed) throws SealException {
        SealHeader header = checkHeaderForm(sealed);
        byte[] signed = header.canonicalBytes();
        // Diagnosis only: whoever alters the header can also recompute this; the signature below still refuses it.
        if (!Fingerprint.sm3Hex(signed).equals(sealed.headerSm3())) {
            throw new SealException(ALTERED_HEADER, "the header is not the one that was sealed (SM3 differs)");
        }
        X509Certificate signer = trusted.find(header.signerCertificateSm3()).orElseThrow(() ->
                new SealException(UNKNOWN_SIGNER, "signer certificate " + header.signerCertificateSm3() + " ("
                        + header.signerSubject() + ") is not trusted"));
        if (!signatures.verify(signed, decodeSignature(sealed.signature()), signer.getPublicKey())) {
            throw new SealException(BAD_SIGNATURE, "the signature does not verify under " + header.signerSubject());
        }
        if (!clock.instant().isBefore(header.expiresAt())) {
            throw new SealException(EXPIRED, "batch expired at " + header.expiresAt());
        }
        List<AcceptedRecord> records = SealHeader.SM4_GCM.equals(header.payload())
                ? opener.open(sealed.encrypted(), signed)
                : sealed.records();
        checkRecords(header, records);
        // SECURITY: only an envelope that passed every check consumes its batch id, so a forged copy cannot
        // get the genuine batch refused as a replay.
        if (!replayGuard.firstSeen(header.sourceId(), header.batchId(), header.expiresAt())) {
            throw new SealException(REPLAYED, "batch " + header.batchId() + " of " + header.sourceId()
                    + " was already accepted");
        }
        return new VerifiedBatch(header, signer, records);
    }

    private static SealHeader checkHeaderForm(SealedBatch sealed) throws SealException {
        SealHeader h = sealed == null ? null : sealed.header();
        if (h == null || !(h.formatVersion() == SealHeader.FORMAT_VERSION || h.formatVersion() == SealHeader.FORMAT_VERSION_1)
                || blank(h.sourceId()) || blank(h.batchId())
                || h.createdAt() == null || h.expiresAt() == null || h.recordCount() < 0 || blank(h.merkleRoot())
                || blank(h.signerCertificateSm3())
                || !(SealHeader.PLAIN.equals(h.payload()) || SealHeader.SM4_GCM.equals(h.payload()))) {
            throw new SealException(ALTERED_HEADER, "the header is missing fields or has an unknown format");
        }
        return h;
    }

    private static byte[] decodeSignature(String signature) throws SealException {
        try {
            return Base64.getDecoder().decode(signature == null ? "" : signature);
        } catch (IllegalArgumentException e) {
            throw new SealException(BAD_SIGNATURE, "the signature is not Base64", e);
        }
    }

    private static void checkRecords(SealHeader header, List<AcceptedRecord> records) throws SealException {
        if (records == null || records.size() != header.recordCount()) {
            throw new SealException(ALTERED_RECORD, "the header seals " + header.recordCount() + " records, the payload has "
                    + (records == null ? 0 : records.size()));
        }
        List<String> leaves = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            AcceptedRecord record = records.get(i);
            String fingerprint = record == null || record.data() == null ? null
                    : Fingerprint.of(record.category(), record.data());
            if (fingerprint == null || !fingerprint.equals(record.fingerprint())) {
                throw new SealException(ALTERED_RECORD, i, "record " + i + " does not match its fingerprint", null);
            }
            leaves.add(SealedLeaf.of(header.formatVersion(), record));
        }
        if (!MerkleTree.ofHex(leaves).rootHex().equals(header.merkleRoot())) {
            throw new SealException(ALTERED_RECORD, "the records do not give the signed Merkle root "
                    + "(records replaced, added, removed or reordered, or a record id or subject changed)");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
