package cn.jining.credithub.contracts.province;

import cn.jining.credithub.contracts.seal.BcSm2SignatureVerifier;
import cn.jining.credithub.contracts.seal.CertificateRef;
import cn.jining.credithub.contracts.seal.SealHeader;
import cn.jining.credithub.contracts.seal.SignatureVerifier;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * Checks an acknowledgement against the one certificate allowed to sign it and, where given, the batch it must
 * acknowledge. A sender counts a batch as delivered only after {@link #verify(Acknowledgement, SealHeader)} passed.
 */
public final class AcknowledgementVerifier {

    private final X509Certificate signer;
    private final String signerSm3;
    private final SignatureVerifier signatures = new BcSm2SignatureVerifier();

    public AcknowledgementVerifier(X509Certificate signer) {
        this.signer = signer;
        this.signerSm3 = CertificateRef.of(signer).sm3();
    }

    /** Verifies the signature and that the acknowledgement names exactly the batch {@code sent}. */
    public Acknowledgement verify(Acknowledgement ack, SealHeader sent) throws AcknowledgementException {
        verifySignature(ack);
        if (!sent.sourceId().equals(ack.sourceId()) || !sent.batchId().equals(ack.batchId())) {
            throw new AcknowledgementException("the acknowledgement is for batch " + ack.batchId() + " of "
                    + ack.sourceId() + ", not for batch " + sent.batchId() + " of " + sent.sourceId());
        }
        if (!sent.merkleRoot().equals(ack.merkleRoot()) || sent.recordCount() != ack.recordCount()) {
            throw new AcknowledgementException("the acknowledgement of batch " + sent.batchId()
                    + " names another content (Merkle root or record count differs)");
        }
        return ack;
    }

    /** Verifies only who signed it and that nothing was altered (reconciliation lists, where no header is at hand). */
    public Acknowledgement verifySignature(Acknowledgement ack) throws AcknowledgementException {
        if (ack == null || ack.sourceId() == null || ack.batchId() == null || ack.merkleRoot() == null
                || ack.status() == null || ack.receivedAt() == null || ack.signature() == null) {
            throw new AcknowledgementException("the acknowledgement is missing members");
        }
        if (!signerSm3.equals(ack.signerCertificateSm3())) {
            throw new AcknowledgementException("the acknowledgement is signed by certificate " + ack.signerCertificateSm3()
                    + ", not by the expected " + signerSm3 + " (" + signer.getSubjectX500Principal().getName() + ")");
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(ack.signature());
        } catch (IllegalArgumentException e) {
            throw new AcknowledgementException("the acknowledgement's signature is not Base64");
        }
        if (!signatures.verify(ack.canonicalBytes(), signature, signer.getPublicKey())) {
            throw new AcknowledgementException("the acknowledgement's signature does not verify under "
                    + signer.getSubjectX500Principal().getName());
        }
        return ack;
    }
}
