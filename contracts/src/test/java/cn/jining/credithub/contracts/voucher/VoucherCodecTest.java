package cn.jining.credithub.contracts.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.seal.BcSm2SignatureVerifier;
import cn.jining.credithub.contracts.seal.BcSm2Signer;
import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The voucher token: what the hub signs verifies offline; altered, forged and malformed tokens are told apart. */
class VoucherCodecTest {

    static SealingIdentity hub;
    static SealingIdentity other;
    static final Voucher VOUCHER = new Voucher("V-1", Voucher.VOUCHER, "LEGAL_PERSON", "91370800MA0000001X",
            "agency-1", List.of("ADMIN_PENALTY"), "贷款审批", Instant.parse("2026-12-01T00:00:00Z"),
            Instant.parse("2026-12-31T00:00:00Z"), "window-1");

    @BeforeAll
    static void keys() throws Exception {
        hub = DemoKeys.generate("hub");
        other = DemoKeys.generate("someone else");
    }

    Voucher decode(String token) throws VoucherException {
        return VoucherCodec.decode(token, new BcSm2SignatureVerifier(), hub.certificate().getPublicKey());
    }

    @Test
    void aVoucherTheHubSignedReadsBackAsIssued() throws Exception {
        String token = VoucherCodec.encode(VOUCHER, new BcSm2Signer(hub.privateKey()));
        assertThat(token).startsWith("CHV1.");
        assertThat(decode(token)).isEqualTo(VOUCHER);
    }

    @Test
    void aChangedPayloadIsAltered() throws Exception {
        String[] parts = VoucherCodec.encode(VOUCHER, new BcSm2Signer(hub.privateKey())).split("\\.");
        String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("ADMIN_PENALTY", "CREDIT_LIST");
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(StandardCharsets.UTF_8)) + "." + parts[2] + "." + parts[3];
        assertThatThrownBy(() -> decode(altered)).isInstanceOf(VoucherException.class)
                .satisfies(e -> assertThat(((VoucherException) e).problem()).isEqualTo(VoucherProblem.ALTERED));
        // The same change with its digest recomputed: the signature no longer fits it.
        String redigested = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(StandardCharsets.UTF_8)) + "."
                + Fingerprint.sm3Hex(json.getBytes(StandardCharsets.UTF_8)) + "." + parts[3];
        assertThatThrownBy(() -> decode(redigested))
                .satisfies(e -> assertThat(((VoucherException) e).problem()).isEqualTo(VoucherProblem.FORGED));
    }

    @Test
    void aVoucherSignedByAnotherKeyIsForged() throws Exception {
        String token = VoucherCodec.encode(VOUCHER, new BcSm2Signer(other.privateKey()));
        assertThatThrownBy(() -> decode(token))
                .satisfies(e -> assertThat(((VoucherException) e).problem()).isEqualTo(VoucherProblem.FORGED))
                .hasMessageContaining("not signed by this hub");
    }

    @Test
    void garbageIsMalformed() {
        for (String token : new String[] {null, "", "CHV1.a.b", "CHV1.***.x.y", "X.a.b.c", "CHV1." + "a".repeat(9000)}) {
            assertThatThrownBy(() -> decode(token)).as(String.valueOf(token))
                    .satisfies(e -> assertThat(((VoucherException) e).problem()).isEqualTo(VoucherProblem.MALFORMED));
        }
    }

    @Test
    void aSignedVoucherWithoutAGranteeIsMalformed() throws Exception {
        Voucher incomplete = new Voucher("V-2", Voucher.VOUCHER, "LEGAL_PERSON", "X", null, List.of("ADMIN_PENALTY"),
                "p", VOUCHER.issuedAt(), VOUCHER.expiresAt(), "w");
        String token = VoucherCodec.encode(incomplete, new BcSm2Signer(hub.privateKey()));
        assertThatThrownBy(() -> decode(token)).hasMessageContaining("lacks grantee");
    }
}
