package cn.jining.credithub.bench;

import cn.jining.credithub.contracts.auth.RequestSigner;
import cn.jining.credithub.contracts.auth.RequestVerifier;
import cn.jining.credithub.contracts.auth.SignedRequest;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
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
 * What authenticating a pushed request costs (docs/rest-api.md, "Authentication"): the source's signing and the
 * hub's verification (SM3 of the body, one SM2 signature), for submissions of 1, 100 and 1,000 penalty records.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Thread)
public class RequestSignatureBenchmark {

    private static final String PATH = "/api/v1/submissions";

    @Param({"1", "100", "1000"})
    public int records;

    private byte[] body;
    private RequestSigner signer;
    private RequestVerifier verifier;
    private Map<String, String> headers;

    @Setup
    public void setUp() throws GeneralSecurityException {
        SealingIdentity source = DemoKeys.generate("jn-amr");
        ObjectNode submission = ContractsJson.mapper().createObjectNode();
        submission.put("sourceId", "jn-amr");
        submission.put("batchId", "bench-1");
        for (int n = 0; n < records; n++) {
            SubmittedRecord record = SampleRecords.penaltyRecord("P-" + n, n);
            submission.withArray("records").add(ContractsJson.mapper().valueToTree(record));
        }
        body = submission.toString().getBytes(StandardCharsets.UTF_8);
        signer = RequestSigner.of("jn-amr", source);
        // A window wide enough that the signature made in setUp stays fresh for the whole run.
        verifier = new RequestVerifier(id -> true, id -> Optional.of(source.certificate()), Clock.systemUTC(),
                Duration.ofHours(1));
        headers = sign();
        verify();
    }

    @Benchmark
    public Map<String, String> sign() throws GeneralSecurityException {
        return signer.headers("POST", PATH, body);
    }

    @Benchmark
    public RequestVerifier.Authenticated verify() {
        return verifier.verify("POST", PATH, headers.get(SignedRequest.SOURCE_HEADER),
                headers.get(SignedRequest.TIMESTAMP_HEADER), headers.get(SignedRequest.SIGNATURE_HEADER), body);
    }
}
