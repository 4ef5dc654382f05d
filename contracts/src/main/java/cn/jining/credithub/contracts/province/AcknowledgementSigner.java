package cn.jining.credithub.contracts.province;

import cn.jining.credithub.contracts.seal.CertificateRef;
import cn.jining.credithub.contracts.seal.SealHeader;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.contracts.seal.Signer;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/** Signs acknowledgements of verified batches with the receiver's SM2 identity (the province's, or the hub's downward). */
public final class AcknowledgementSigner {

    private final Signer signer;
    private final String signerSm3;
    private final Clock clock;

    public AcknowledgementSigner(SealingIdentity identity, Clock clock) throws GeneralSecurityException {
        this.signer = identity.signer();
        this.signerSm3 = CertificateRef.of(identity.certificate()).sm3();
        this.clock = clock;
    }

    /** The signed acknowledgement of the batch whose (verified) header is {@code header}, received now. */
    public Acknowledgement acknowledge(SealHeader header, AckStatus status) throws GeneralSecurityException {
        Acknowledgement unsigned = new Acknowledgement(header.sourceId(), header.batchId(), header.merkleRoot(),
                header.recordCount(), status, clock.instant().truncatedTo(ChronoUnit.SECONDS), signerSm3, null);
        return sign(unsigned);
    }

    /** Signs {@code unsigned} as it is (its own {@code receivedAt}, e.g. when answering a re-sent batch again). */
    public Acknowledgement sign(Acknowledgement unsigned) throws GeneralSecurityException {
        Acknowledgement mine = new Acknowledgement(unsigned.sourceId(), unsigned.batchId(), unsigned.merkleRoot(),
                unsigned.recordCount(), unsigned.status(), unsigned.receivedAt(), signerSm3, null);
        return mine.withSignature(Base64.getEncoder().encodeToString(signer.sign(mine.canonicalBytes())));
    }
}
