package cn.jining.credithub.bench;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.contracts.seal.PayloadOpener;
import cn.jining.credithub.contracts.seal.SealException;
import cn.jining.credithub.contracts.seal.SealVerifier;
import cn.jining.credithub.contracts.seal.SealedBatch;
import cn.jining.credithub.contracts.seal.Sealer;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.contracts.seal.TrustedSigners;
import cn.jining.credithub.contracts.seal.VerifiedBatch;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of sealing and verifying one batch of 行政处罚 records on one thread, in clear and SM4-GCM encrypted
 * for a recipient, for batches of 1, 100 and 10,000 records. Never part of the test suite.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Thread)
public class SealBenchmark {

    @Param({"1", "100", "10000"})
    public int records;

    private Sealer sealer;
    private SealVerifier verifier;
    private SealVerifier recipientVerifier;
    private SealingIdentity province;
    private List<AcceptedRecord> batch;
    private SealedBatch plain;
    private SealedBatch encrypted;

    @Setup
    public void setUp() throws GeneralSecurityException, SealException {
        SealingIdentity bureau = DemoKeys.generate("bench-bureau");
        province = DemoKeys.generate("bench-province");
        Clock clock = Clock.systemUTC();
        sealer = new Sealer(bureau.signer(), bureau.certificate(), clock, Duration.ofHours(1));
        TrustedSigners trusted = TrustedSigners.of(bureau.certificate());
        // Every iteration verifies the same batch id, so the replay guard is left out of the measurement.
        verifier = new SealVerifier(trusted, (source, id, expiry) -> true, clock, PayloadOpener.none());
        recipientVerifier = new SealVerifier(trusted, (source, id, expiry) -> true, clock,
                PayloadOpener.forRecipient(province));
        batch = new ArrayList<>(records);
        String category = RecordCategory.ADMIN_PENALTY.name();
        for (int n = 1; n <= records; n++) {
            ObjectNode data = SampleRecords.penalty(n);
            batch.add(new AcceptedRecord(category, "P-" + n, Fingerprint.of(category, data), "LEGAL_PERSON",
                    data.get("uscc").asText(), data, null));
        }
        plain = sealPlain();
        encrypted = sealEncrypted();
        if (verifyPlain().records().size() != records || verifyEncrypted().records().size() != records) {
            throw new IllegalStateException("sealed batches no longer verify");
        }
    }

    @Benchmark
    public SealedBatch sealPlain() throws GeneralSecurityException {
        return sealer.seal("bench", "b-1", batch);
    }

    @Benchmark
    public SealedBatch sealEncrypted() throws GeneralSecurityException {
        return sealer.seal("bench", "b-1", batch, province.certificate());
    }

    @Benchmark
    public VerifiedBatch verifyPlain() throws SealException {
        return verifier.verify(plain);
    }

    @Benchmark
    public VerifiedBatch verifyEncrypted() throws SealException {
        return recipientVerifier.verify(encrypted);
    }
}
