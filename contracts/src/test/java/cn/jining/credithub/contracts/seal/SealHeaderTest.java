package cn.jining.credithub.contracts.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins the signed bytes of the header, as docs/envelope.md specifies them for other implementations. */
class SealHeaderTest {

    @Test
    void canonicalHeaderHasSortedKeysNoWhiteSpaceAndInstantsToTheSecond() {
        SealHeader header = new SealHeader(1, "jn-amr", "b-1", Instant.parse("2026-11-26T04:00:00Z"),
                Instant.parse("2026-11-27T04:00:00Z"), 2, "ab".repeat(32), "cd".repeat(32), "O=DEMO,CN=济宁", "PLAIN");
        assertThat(new String(header.canonicalBytes(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"batchId\":\"b-1\",\"createdAt\":\"2026-11-26T04:00:00Z\",\"expiresAt\":\"2026-11-27T04:00:00Z\","
                        + "\"formatVersion\":1,\"merkleRoot\":\"" + "ab".repeat(32) + "\",\"payload\":\"PLAIN\","
                        + "\"recordCount\":2,\"signerCertificateSm3\":\"" + "cd".repeat(32) + "\","
                        + "\"signerSubject\":\"O=DEMO,CN=济宁\",\"sourceId\":\"jn-amr\"}");
    }

    @Test
    void sealedHeaderIsSignedSoThatPlainJcaSm3withSm2Verifies() throws Exception {
        SealingIdentity bureau = DemoKeys.generate("jn-amr");
        Sealer sealer = new Sealer(bureau.signer(), bureau.certificate(),
                Clock.fixed(Instant.parse("2026-11-26T04:00:00.999Z"), ZoneOffset.UTC), Duration.ofMinutes(30));
        SealedBatch sealed = sealer.seal("jn-amr", "b-1", List.of());
        assertThat(sealed.header().createdAt()).isEqualTo(Instant.parse("2026-11-26T04:00:00Z"));
        assertThat(sealed.header().merkleRoot()).isEqualTo(HexFormat.of().formatHex(new BcSm3Digest().hash()));
        assertThat(sealed.header().signerCertificateSm3()).isEqualTo(CertificateRef.of(bureau.certificate()).sm3());
        byte[] signed = sealed.header().canonicalBytes();
        assertThat(sealed.headerSm3()).isEqualTo(HexFormat.of().formatHex(new BcSm3Digest().hash(signed)));
        Signature jca = Signature.getInstance("SM3withSM2", Sm2Keys.provider());
        jca.initVerify(bureau.certificate());
        jca.update(signed);
        assertThat(jca.verify(Base64.getDecoder().decode(sealed.signature()))).isTrue();
    }
}
