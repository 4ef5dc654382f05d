package cn.jining.credithub.contracts.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.sample.SampleRecords;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seal and verify, over JSON as the envelope travels, with each kind of tampering refused by its code. */
class SealedBatchTest {

    private static final Instant SEALED_AT = Instant.parse("2026-11-26T04:00:00Z");
    private static final Duration VALIDITY = Duration.ofHours(24);
    private static SealingIdentity bureau;
    private static SealingIdentity stranger;
    private static SealingIdentity province;
    private static List<AcceptedRecord> records;

    @BeforeAll
    static void keys() throws GeneralSecurityException {
        bureau = DemoKeys.generate("jn-amr");
        stranger = DemoKeys.generate("jn-amr");
        province = DemoKeys.generate("sd-province");
        records = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            ObjectNode data = SampleRecords.penalty(n);
            records.add(new AcceptedRecord("ADMIN_PENALTY", "P-" + n, Fingerprint.of("ADMIN_PENALTY", data),
                    "LEGAL_PERSON", data.get("uscc").asText(), data, null));
        }
    }

    @Test
    void plainBatchVerifiesAfterTravellingAsJson() throws Exception {
        VerifiedBatch verified = verifier(0).verify(travel(seal(bureau), json -> { }));
        assertThat(verified.records()).isEqualTo(records);
        assertThat(verified.header().recordCount()).isEqualTo(5);
        assertThat(verified.header().signerSubject()).contains("CN=jn-amr");
        assertThat(verified.signer()).isEqualTo(bureau.certificate());
    }

    @Test
    void encryptedBatchVerifiesForTheRecipientAndHidesTheRecords() throws Exception {
        SealedBatch sealed = sealer(bureau).seal("jn-amr", "b-1", records, province.certificate());
        String text = ContractsJson.mapper().writeValueAsString(sealed);
        assertThat(text).doesNotContain("济宁示例企业").doesNotContain("\"records\"");
        assertThat(verifier(0, PayloadOpener.forRecipient(province)).verify(travel(sealed, json -> { })).records())
                .isEqualTo(records);
    }

    @Test
    void alteredRecordIsNamedByIndex() throws Exception {
        SealedBatch sealed = travel(seal(bureau), json -> data(json, 3).put("fineAmount", 1));
        assertThat(refusal(() -> verifier(0).verify(sealed)))
                .satisfies(e -> assertThat(e.code()).isEqualTo(SealFailure.ALTERED_RECORD))
                .satisfies(e -> assertThat(e.recordIndex()).hasValue(3));
    }

    @Test
    void recordsSwappedReplacedOrDroppedDoNotGiveTheRoot() throws Exception {
        SealedBatch swapped = travel(seal(bureau), json -> {
            ArrayNode list = (ArrayNode) json.get("records");
            var first = list.remove(0);
            list.add(first);
        });
        assertRefused(() -> verifier(0).verify(swapped), SealFailure.ALTERED_RECORD);
        SealedBatch dropped = travel(seal(bureau), json -> ((ArrayNode) json.get("records")).remove(4));
        assertRefused(() -> verifier(0).verify(dropped), SealFailure.ALTERED_RECORD);
        SealedBatch replaced = travel(seal(bureau), json -> {
            ObjectNode other = SampleRecords.penalty(99);
            ObjectNode record = (ObjectNode) json.get("records").get(2);
            record.set("data", other);
            record.put("fingerprint", Fingerprint.of("ADMIN_PENALTY", other));
        });
        SealException e = refusal(() -> verifier(0).verify(replaced));
        assertThat(e.code()).isEqualTo(SealFailure.ALTERED_RECORD);
        assertThat(e.recordIndex()).as("only the root can tell").isEmpty();
    }

    @Test
    void alteredHeaderIsRefused() throws Exception {
        SealedBatch sealed = travel(seal(bureau), json -> header(json).put("expiresAt", "2027-11-26T04:00:00Z"));
        assertRefused(() -> verifier(0).verify(sealed), SealFailure.ALTERED_HEADER);
        SealedBatch unknownVersion = travel(seal(bureau), json -> header(json).put("formatVersion", 3));
        assertRefused(() -> verifier(0).verify(unknownVersion), SealFailure.ALTERED_HEADER);
    }

    @Test
    void headerAlteredTogetherWithItsSm3FailsTheSignature() throws Exception {
        SealedBatch sealed = seal(bureau);
        SealHeader h = sealed.header();
        SealHeader forged = new SealHeader(h.formatVersion(), h.sourceId(), "b-2", h.createdAt(), h.expiresAt(),
                h.recordCount(), h.merkleRoot(), h.signerCertificateSm3(), h.signerSubject(), h.payload());
        SealedBatch replayedUnderNewId = new SealedBatch(forged, Fingerprint.sm3Hex(forged.canonicalBytes()),
                sealed.signature(), sealed.records(), null);
        assertRefused(() -> verifier(0).verify(replayedUnderNewId), SealFailure.BAD_SIGNATURE);
    }

    @Test
    void signatureByAnotherKeyClaimingATrustedCertificateIsBad() throws Exception {
        SealedBatch genuine = seal(bureau);
        byte[] forgedSignature = stranger.signer().sign(genuine.header().canonicalBytes());
        SealedBatch forged = new SealedBatch(genuine.header(), genuine.headerSm3(),
                Base64.getEncoder().encodeToString(forgedSignature), genuine.records(), null);
        assertRefused(() -> verifier(0).verify(forged), SealFailure.BAD_SIGNATURE);
    }

    @Test
    void signerWhoseCertificateIsNotTrustedIsUnknown() throws Exception {
        assertRefused(() -> verifier(0).verify(seal(stranger)), SealFailure.UNKNOWN_SIGNER);
    }

    @Test
    void secondDeliveryOfABatchIdIsAReplayButARefusedForgeryConsumesNothing() throws Exception {
        SealVerifier verifier = verifier(0);
        SealedBatch genuine = seal(bureau);
        assertRefused(() -> verifier.verify(seal(stranger)), SealFailure.UNKNOWN_SIGNER);
        verifier.verify(genuine);
        assertRefused(() -> verifier.verify(travel(genuine, json -> { })), SealFailure.REPLAYED);
        assertRefused(() -> verifier.verify(seal(bureau)), SealFailure.REPLAYED);
    }

    @Test
    void expiredBatchIsRefused() throws Exception {
        SealedBatch sealed = seal(bureau);
        verifier(VALIDITY.getSeconds() - 1).verify(sealed);
        assertRefused(() -> verifier(VALIDITY.getSeconds()).verify(sealed), SealFailure.EXPIRED);
    }

    @Test
    void tamperedCiphertextWrongRecipientOrNoKeyFailDecryption() throws Exception {
        SealedBatch sealed = sealer(bureau).seal("jn-amr", "b-1", records, province.certificate());
        SealedBatch tampered = travel(sealed, json -> {
            ObjectNode enc = (ObjectNode) json.get("encrypted");
            byte[] c = Base64.getDecoder().decode(enc.get("ciphertext").asText());
            c[10] ^= 1;
            enc.put("ciphertext", Base64.getEncoder().encodeToString(c));
        });
        assertRefused(() -> verifier(0, PayloadOpener.forRecipient(province)).verify(tampered),
                SealFailure.DECRYPTION_FAILED);
        assertRefused(() -> verifier(0, PayloadOpener.forRecipient(bureau)).verify(sealed),
                SealFailure.DECRYPTION_FAILED);
        SealedBatch badKey = travel(sealed, json -> {
            ObjectNode enc = (ObjectNode) json.get("encrypted");
            byte[] k = Base64.getDecoder().decode(enc.get("wrappedKey").asText());
            k[k.length - 1] ^= 1;
            enc.put("wrappedKey", Base64.getEncoder().encodeToString(k));
        });
        assertRefused(() -> verifier(0, PayloadOpener.forRecipient(province)).verify(badKey),
                SealFailure.DECRYPTION_FAILED);
        assertRefused(() -> verifier(0).verify(sealed), SealFailure.DECRYPTION_FAILED);
    }

    @Test
    void aRecordsProofVerifiesAgainstTheSignedRootAloneAndFailsForAnotherRecord() throws Exception {
        VerifiedBatch verified = verifier(0).verify(seal(bureau));
        List<String> leaves = records.stream().map(r -> SealedLeaf.of(SealHeader.FORMAT_VERSION, r)).toList();
        MerkleProof proof = MerkleTree.ofHex(leaves).proof(2);
        String root = verified.header().merkleRoot();
        assertThat(MerkleTree.verify(leaves.get(2), proof, root)).isTrue();
        assertThat(MerkleTree.verify(leaves.get(1), proof, root)).isFalse();
    }

    @Test
    void aRecordIdOrSubjectChangedInTransitIsRefused() throws Exception {
        SealedBatch sealed = seal(bureau);
        for (int field = 0; field < 3; field++) {
            List<AcceptedRecord> altered = new java.util.ArrayList<>(sealed.records());
            AcceptedRecord r = altered.get(1);
            altered.set(1, switch (field) {
                case 0 -> new AcceptedRecord(r.category(), "P-OTHER", r.fingerprint(), r.subjectCategory(),
                        r.subjectCode(), r.data(), r.original());
                case 1 -> new AcceptedRecord(r.category(), r.recordId(), r.fingerprint(), r.subjectCategory(),
                        "91370800MA3C000000", r.data(), r.original());
                default -> new AcceptedRecord(r.category(), r.recordId(), r.fingerprint(), "NATURAL_PERSON",
                        r.subjectCode(), r.data(), r.original());
            });
            SealedBatch forged = new SealedBatch(sealed.header(), sealed.headerSm3(), sealed.signature(), altered, null);
            assertRefused(() -> verifier(0).verify(forged), SealFailure.ALTERED_RECORD);
        }
    }

    @Test
    void anEnvelopeOfTheFirstFormatStillVerifies() throws Exception {
        Sealer first = new Sealer(bureau.signer(), bureau.certificate(),
                Clock.fixed(SEALED_AT.plusMillis(250), ZoneOffset.UTC), VALIDITY, SealHeader.FORMAT_VERSION_1);
        SealedBatch sealed = first.seal("jn-amr", "b-1", records);
        assertThat(sealed.header().formatVersion()).isEqualTo(1);
        assertThat(sealed.header().merkleRoot())
                .isEqualTo(MerkleTree.ofHex(records.stream().map(AcceptedRecord::fingerprint).toList()).rootHex());

        assertThat(verifier(0).verify(travel(sealed, json -> { })).records()).isEqualTo(records);
    }

    @Test
    void sealingARecordUnderAWrongFingerprintIsRefused() throws GeneralSecurityException {
        AcceptedRecord r = records.get(0);
        AcceptedRecord lying = new AcceptedRecord(r.category(), r.recordId(), records.get(1).fingerprint(),
                r.subjectCategory(), r.subjectCode(), r.data(), null);
        Sealer sealer = sealer(bureau);
        assertThatThrownBy(() -> sealer.seal("jn-amr", "b-1", List.of(lying)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SealedBatch seal(SealingIdentity signer) throws GeneralSecurityException {
        return sealer(signer).seal(new AcceptedBatch("jn-amr", "b-1", SEALED_AT, records));
    }

    private static Sealer sealer(SealingIdentity signer) throws GeneralSecurityException {
        return new Sealer(signer.signer(), signer.certificate(), Clock.fixed(SEALED_AT.plusMillis(250), ZoneOffset.UTC),
                VALIDITY);
    }

    private static SealVerifier verifier(long secondsAfterSealing) {
        return verifier(secondsAfterSealing, PayloadOpener.none());
    }

    private static SealVerifier verifier(long secondsAfterSealing, PayloadOpener opener) {
        Clock clock = Clock.fixed(SEALED_AT.plusSeconds(secondsAfterSealing), ZoneOffset.UTC);
        return new SealVerifier(TrustedSigners.of(bureau.certificate(), province.certificate()),
                new InMemoryReplayGuard(100, clock), clock, opener);
    }

    /** Writes the envelope as JSON, lets {@code change} edit the tree, and reads it back. */
    private static SealedBatch travel(SealedBatch sealed, Consumer<ObjectNode> change) throws IOException {
        ObjectNode json = ContractsJson.mapper().valueToTree(sealed);
        change.accept(json);
        return ContractsJson.mapper().treeToValue(json, SealedBatch.class);
    }

    private static ObjectNode header(ObjectNode json) {
        return (ObjectNode) json.get("header");
    }

    private static ObjectNode data(ObjectNode json, int index) {
        return (ObjectNode) json.get("records").get(index).get("data");
    }

    private static SealException refusal(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(SealException.class);
        return (SealException) thrown;
    }

    private static void assertRefused(ThrowingCallable call, SealFailure code) {
        assertThat(refusal(call).code()).isEqualTo(code);
    }
}
