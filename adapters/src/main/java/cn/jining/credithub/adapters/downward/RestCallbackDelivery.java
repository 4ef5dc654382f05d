package cn.jining.credithub.adapters.downward;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.seal.Signer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;

/**
 * Delivers a downward batch by POSTing its JSON to the subscriber's callback URL; any 2xx answer means
 * delivered. The body is signed with the hub's SM2 key (header {@value #SIGNATURE}, Base64 DER SM3withSM2 over
 * the exact body bytes; {@value #SIGNER} names the hub certificate by its SM3), so the bureau can tell the hub
 * from anyone else who finds its URL.
 */
public class RestCallbackDelivery implements DownwardDelivery {

    public static final String SIGNATURE = "CreditHub-Signature";
    public static final String SIGNER = "CreditHub-Signer";
    public static final String BATCH_ID = "CreditHub-Batch-Id";
    private final URI callback;
    private final Duration timeout;
    private final Signer signer;
    private final String signerSm3;
    private final HttpClient http;

    public RestCallbackDelivery(URI callback, Duration timeout, Signer signer, String signerSm3) {
        this.callback = callback;
        this.timeout = timeout;
        this.signer = signer;
        this.signerSm3 = signerSm3;
        // No redirects: the batch goes to the registered URL and nowhere else.
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void deliver(DownwardBatch batch) throws Exception {
        byte[] body = ContractsJson.mapper().writeValueAsBytes(batch);
        HttpRequest request = HttpRequest.newBuilder(callback).timeout(timeout)
                .header("Content-Type", "application/json;charset=UTF-8")
                .header(BATCH_ID, batch.batchId())
                .header(SIGNATURE, Base64.getEncoder().encodeToString(signer.sign(body)))
                .header(SIGNER, signerSm3)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new DownwardDeliveryException("the callback " + callback + " answered " + response.statusCode()
                    + " to batch " + batch.batchId());
        }
    }
}
