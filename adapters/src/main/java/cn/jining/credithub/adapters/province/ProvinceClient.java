package cn.jining.credithub.adapters.province;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.province.Acknowledgement;
import cn.jining.credithub.contracts.seal.SealedBatch;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * The province API over HTTP(S): one POST per sealed batch, answered by an acknowledgement (not yet verified here),
 * and the list of acknowledgements for reconciliation. Sorts every failure into "try again"
 * ({@link ProvinceUnavailableException}) or "refused for good" ({@link ProvinceRefusedException}).
 */
public class ProvinceClient {

    private static final TypeReference<List<Acknowledgement>> ACKS = new TypeReference<>() {
    };
    /** An error body longer than this is cut in the reason: it ends up in a dead letter's header. */
    private static final int MAX_ERROR_TEXT = 500;
    private final ProvinceSettings settings;
    private final HttpClient http;

    /** {@code tls} trusts the province's TLS certificate (null: the JDK's default trust store). */
    public ProvinceClient(ProvinceSettings settings, SSLContext tls) {
        this.settings = settings;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(settings.requestTimeout())
                .version(HttpClient.Version.HTTP_1_1);
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.http = builder.build();
    }

    /** Sends one sealed batch and returns the province's acknowledgement as it came (verify it before trusting it). */
    public Acknowledgement send(SealedBatch sealed) throws ProvinceUnavailableException, ProvinceRefusedException {
        byte[] body;
        try {
            body = ContractsJson.mapper().writeValueAsBytes(sealed);
        } catch (IOException e) {
            throw new IllegalArgumentException("the sealed batch cannot be written as JSON", e);
        }
        HttpRequest request = HttpRequest.newBuilder(settings.batchesUrl()).timeout(settings.requestTimeout())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = exchange(request);
        int status = response.statusCode();
        if (status == 200) {
            try {
                return ContractsJson.mapper().readValue(response.body(), Acknowledgement.class);
            } catch (IOException e) {
                throw new ProvinceUnavailableException("the province answered 200 without an acknowledgement: "
                        + clip(response.body()));
            }
        }
        if (status == 408 || status == 429 || status >= 500) {
            throw new ProvinceUnavailableException("the province answered " + status + ": " + clip(response.body()));
        }
        JsonNode error = errorBody(response.body());
        throw new ProvinceRefusedException(status, error.path("code").asText("HTTP_" + status),
                error.path("message").asText(clip(response.body())));
    }

    /** The province's acknowledgements of batches it received at or after {@code since}. */
    public List<Acknowledgement> acknowledgements(Instant since) throws ProvinceUnavailableException {
        URI uri = URI.create(settings.acknowledgementsUrl() + "?since="
                + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8));
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(uri).timeout(settings.requestTimeout())
                .header("Accept", "application/json").GET().build());
        if (response.statusCode() != 200) {
            throw new ProvinceUnavailableException("the province answered " + response.statusCode()
                    + " to the acknowledgement list: " + clip(response.body()));
        }
        try {
            return ContractsJson.mapper().readValue(response.body(), ACKS);
        } catch (IOException e) {
            throw new ProvinceUnavailableException("the acknowledgement list is not a list of acknowledgements", e);
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) throws ProvinceUnavailableException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Refused, reset, timed out, TLS failure, or the connection dropped before the answer (a lost ack).
            throw new ProvinceUnavailableException("the province at " + request.uri() + " did not answer: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProvinceUnavailableException("interrupted while waiting for the province", e);
        }
    }

    private static JsonNode errorBody(String body) {
        try {
            JsonNode node = ContractsJson.mapper().readTree(body);
            return node == null ? ContractsJson.mapper().createObjectNode() : node;
        } catch (IOException e) {
            return ContractsJson.mapper().createObjectNode();
        }
    }

    private static String clip(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_ERROR_TEXT ? text : text.substring(0, MAX_ERROR_TEXT) + "…";
    }
}
