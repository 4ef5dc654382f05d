package cn.jining.credithub.adapters.province;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.contracts.seal.InMemoryReplayGuard;
import cn.jining.credithub.contracts.seal.PayloadOpener;
import cn.jining.credithub.contracts.seal.SealHeader;
import cn.jining.credithub.contracts.seal.SealVerifier;
import cn.jining.credithub.contracts.seal.SealedBatch;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.contracts.seal.TrustedSigners;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Upward batches: bounded in size, named by their content (so a re-send keeps its id), sealed for the province. */
class ProvinceSealingTest {

    private static SealingIdentity hub;
    private static SealingIdentity province;

    @BeforeAll
    static void keys() throws Exception {
        hub = DemoKeys.generate("credit-hub");
        province = DemoKeys.generate("province");
    }

    @Test
    void aLargeBatchIsCutIntoBoundedPartsWhoseIdsDependOnlyOnTheirContent() throws Exception {
        ProvinceSealing sealing = sealing(true);
        AcceptedBatch batch = batch("jn-amr", "b-1", 0, 7);
        List<ProvinceSealing.Chunk> chunks = sealing.chunks(batch);
        assertThat(chunks).extracting(c -> c.records().size()).containsExactly(3, 3, 1);
        assertThat(chunks).extracting(ProvinceSealing.Chunk::batchId).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("JNCH-[0-9a-f]{40}"));

        // The same batch again (a redelivery, a restart) gives the same ids; other content or origin, other ids.
        assertThat(sealing(true).chunks(batch("jn-amr", "b-1", 0, 7))).extracting(ProvinceSealing.Chunk::batchId)
                .isEqualTo(chunks.stream().map(ProvinceSealing.Chunk::batchId).toList());
        assertThat(sealing.chunks(batch("jn-amr", "b-2", 0, 7)).get(0).batchId()).isNotEqualTo(chunks.get(0).batchId());
        assertThat(sealing.chunks(batch("jn-tax", "b-1", 0, 7)).get(0).batchId()).isNotEqualTo(chunks.get(0).batchId());
        assertThat(sealing.chunks(batch("jn-amr", "b-1", 1, 7)).get(0).batchId()).isNotEqualTo(chunks.get(0).batchId());
    }

    @Test
    void encryptedPartOpensOnlyWithTheProvinceKeyAndKeepsItsSourceAndId() throws Exception {
        ProvinceSealing.Chunk chunk = sealing(true).chunks(batch("jn-amr", "b-1", 0, 2)).get(0);
        SealedBatch sealed = sealing(true).seal(chunk.sourceId(), chunk.batchId(), chunk.records());
        assertThat(sealed.header().payload()).isEqualTo(SealHeader.SM4_GCM);
        assertThat(sealed.records()).isNull();
        var verified = new SealVerifier(TrustedSigners.of(hub.certificate()), new InMemoryReplayGuard(10, Clock.systemUTC()),
                Clock.systemUTC(), PayloadOpener.forRecipient(province)).verify(sealed);
        assertThat(verified.records()).isEqualTo(chunk.records());
        assertThat(verified.header().sourceId()).isEqualTo("jn-amr");
        assertThat(verified.header().batchId()).isEqualTo(chunk.batchId());
        assertThat(sealing(false).seal(chunk.sourceId(), chunk.batchId(), chunk.records()).header().payload())
                .isEqualTo(SealHeader.PLAIN);
    }

    private static ProvinceSealing sealing(boolean encrypt) throws Exception {
        ProvinceSettings settings = new ProvinceSettings(URI.create("https://127.0.0.1:1"), "JNCH", encrypt, 3, 10,
                Duration.ofSeconds(1), Duration.ofMillis(10), 2.0, Duration.ofMillis(100), 4, Duration.ofSeconds(1),
                Duration.ofMinutes(5));
        return new ProvinceSealing(settings, hub, province.certificate(), Clock.systemUTC());
    }

    private static AcceptedBatch batch(String sourceId, String batchId, int first, int count) {
        List<AcceptedRecord> records = new ArrayList<>();
        for (int n = first; n < first + count; n++) {
            ObjectNode data = SampleRecords.penalty(n);
            records.add(new AcceptedRecord("ADMIN_PENALTY", "P-" + n, Fingerprint.of("ADMIN_PENALTY", data),
                    "LEGAL_PERSON", data.get("uscc").asText(), data, null));
        }
        return new AcceptedBatch(sourceId, batchId, Instant.now(), records);
    }
}
