package cn.jining.credithub.contracts.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.contracts.seal.SealHeader;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A signed acknowledgement survives JSON, and a forged, altered or misdirected one is refused with its reason. */
class AcknowledgementTest {

    private static final Instant NOW = Instant.parse("2026-11-26T04:00:00.750Z");
    private static SealingIdentity province;
    private static SealingIdentity stranger;
    private static final SealHeader SENT = new SealHeader(1, "credit-hub", "b-1", NOW, NOW.plusSeconds(60), 3,
            "ab".repeat(32), "cd".repeat(32), "CN=credit-hub", SealHeader.PLAIN);

    @BeforeAll
    static void keys() throws GeneralSecurityException {
        province = DemoKeys.generate("sd-province");
        stranger = DemoKeys.generate("sd-province");
    }

    @Test
    void signedAcknowledgementVerifiesAfterTravellingAsJson() throws Exception {
        Acknowledgement ack = signer(province).acknowledge(SENT, AckStatus.RECEIVED);
        Acknowledgement travelled = travel(ack);
        assertThat(new AcknowledgementVerifier(province.certificate()).verify(travelled, SENT)).isEqualTo(ack);
        assertThat(ack.receivedAt()).isEqualTo(Instant.parse("2026-11-26T04:00:00Z"));
        assertThat(ack.recordCount()).isEqualTo(3);
    }

    @Test
    void acknowledgementSignedByAnotherKeyIsRefused() throws Exception {
        Acknowledgement forged = signer(stranger).acknowledge(SENT, AckStatus.RECEIVED);
        assertThatThrownBy(() -> new AcknowledgementVerifier(province.certificate()).verify(forged, SENT))
                .isInstanceOf(AcknowledgementException.class).hasMessageContaining("not by the expected");
    }

    @Test
    void alteredStatusBreaksTheSignature() throws Exception {
        Acknowledgement ack = signer(province).acknowledge(SENT, AckStatus.DUPLICATE);
        Acknowledgement altered = new Acknowledgement(ack.sourceId(), ack.batchId(), ack.merkleRoot(), 4,
                ack.status(), ack.receivedAt(), ack.signerCertificateSm3(), ack.signature());
        assertThatThrownBy(() -> new AcknowledgementVerifier(province.certificate()).verifySignature(altered))
                .isInstanceOf(AcknowledgementException.class).hasMessageContaining("does not verify");
    }

    @Test
    void acknowledgementOfAnotherBatchIsRefused() throws Exception {
        SealHeader other = new SealHeader(1, "credit-hub", "b-2", NOW, NOW.plusSeconds(60), 3, "ab".repeat(32),
                "cd".repeat(32), "CN=credit-hub", SealHeader.PLAIN);
        Acknowledgement ack = signer(province).acknowledge(other, AckStatus.RECEIVED);
        assertThatThrownBy(() -> new AcknowledgementVerifier(province.certificate()).verify(ack, SENT))
                .isInstanceOf(AcknowledgementException.class).hasMessageContaining("not for batch b-1");
    }

    private static AcknowledgementSigner signer(SealingIdentity identity) throws GeneralSecurityException {
        return new AcknowledgementSigner(identity, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Acknowledgement travel(Acknowledgement ack) throws Exception {
        return ContractsJson.mapper().readValue(ContractsJson.mapper().writeValueAsBytes(ack), Acknowledgement.class);
    }
}
