package cn.jining.credithub.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.contracts.auth.SignedRequest;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.gateway.HubTestSupport;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Anonymous requests cost nothing: the headers decide before a byte of the body is read (the hub answers a
 * 30 MB post it was never sent), and no more bodies than the cap are read at once (the next is told to retry).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousRequestTest extends HubTestSupport {

    private static final int CAP = 2;
    private static final String THIRTY_MB = String.valueOf(30 * 1024 * 1024);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
        registry.add("credithub.intake.max-concurrent-bodies", () -> CAP);
    }

    @Test
    void anUnsignedThirtyMegabytePostIsRefusedBeforeItsBodyIsSent() {
        // Only the head goes out: had the hub waited for the body, this would time out instead of answering.
        try (RawHttp rest = RawHttp.open(port, "POST", "/api/v1/submissions",
                Map.of("Content-Type", "application/json", "Content-Length", THIRTY_MB), new byte[0])) {
            String answer = rest.answer("}");
            assertThat(answer).startsWith("HTTP/1.1 401").contains("UNAUTHENTICATED").containsIgnoringCase("connection: close");
        }
        try (RawHttp soap = RawHttp.open(port, "POST", "/soap/submissions",
                Map.of("Content-Type", "text/xml", "Content-Length", THIRTY_MB), new byte[0])) {
            assertThat(soap.answer("</soap:Envelope>")).startsWith("HTTP/1.1 500").contains("<faultcode>soap:Client")
                    .contains("UNAUTHENTICATED");
        }
    }

    @Test
    void aStaleOrUnknownClaimIsRefusedBeforeItsBodyIsSent() {
        Map<String, String> stale = claim(Instant.now().minus(Duration.ofHours(1)));
        try (RawHttp request = RawHttp.open(port, "POST", "/api/v1/submissions", stale, new byte[0])) {
            assertThat(request.answer("}")).startsWith("HTTP/1.1 401").contains("STALE_REQUEST");
        }
        Map<String, String> unknown = new LinkedHashMap<>(claim(Instant.now()));
        unknown.put(SignedRequest.SOURCE_HEADER, "no-such-bureau");
        try (RawHttp request = RawHttp.open(port, "POST", "/api/v1/submissions", unknown, new byte[0])) {
            assertThat(request.answer("}")).startsWith("HTTP/1.1 403").contains("UNKNOWN_SOURCE");
        }
    }

    @Test
    void noMoreBodiesThanTheCapAreReadAtOnce() {
        // Plausible claims (a registered source, now) whose bodies never finish: each holds one reader.
        List<RawHttp> held = new ArrayList<>();
        try {
            for (int i = 0; i < CAP; i++) {
                held.add(RawHttp.open(port, "POST", "/api/v1/submissions", claim(Instant.now()),
                        "{\"batch".getBytes(StandardCharsets.UTF_8)));
            }
            // The hub takes up the held ones in its own time; from then on the next body is refused, not read.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                String answer = completeClaim();
                assertThat(answer).startsWith("HTTP/1.1 503").contains("UNAVAILABLE").contains("Retry-After: 5");
            });
        } finally {
            held.forEach(RawHttp::close);
        }
        // The held readers let go when their clients go: the next body is read and its signature checked.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(completeClaim()).startsWith("HTTP/1.1 401").contains("BAD_SIGNATURE"));
    }

    @Test
    void aChunkedBodyIsHashedAsItStreamsAndBoundedAsItGrows() {
        List<SubmittedRecord> records = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            records.add(new SubmittedRecord("CHUNKED-" + i, "ADMIN_PENALTY", SampleRecords.penalty(9000 + i)));
        }
        byte[] body = submissionJson(DEFAULT_SIGNER, "chunked-1", records).getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(submissionsUrl()).header("Content-Type", "application/json")
                // No length: the client streams it in chunks, the hub's buffer grows and its hash follows.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        signed().headers(submissionsUrl(), DEFAULT_SIGNER, body, Instant.now()).forEach(request::header);
        HttpResponse<String> accepted = send(request.build());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(json(accepted).path("accepted").asInt()).isEqualTo(300);

        byte[] tooLarge = new byte[32 * 1024 * 1024 + 1];
        HttpRequest.Builder over = HttpRequest.newBuilder(submissionsUrl()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge)));
        signed().headers(submissionsUrl(), DEFAULT_SIGNER, tooLarge, Instant.now()).forEach(over::header);
        HttpResponse<String> refused = sendOrClosed(over.build());
        assertThat(refused == null || refused.statusCode() == 413 && refused.body().contains("TOO_LARGE"))
                .as("413 TOO_LARGE, or the connection closed while the client was still sending").isTrue();
    }

    /** The answer, or null when the hub closed the connection before the client finished sending. */
    private HttpResponse<String> sendOrClosed(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A whole small body under a plausible claim whose signature is not the source's. */
    private String completeClaim() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>(claim(Instant.now()));
        headers.put("Content-Length", String.valueOf(body.length));
        try (RawHttp request = RawHttp.open(port, "POST", "/api/v1/submissions", headers, body)) {
            return request.answer("}");
        }
    }

    /** Headers that pass every check but the signature, declaring a 30 MB JSON body. */
    private static Map<String, String> claim(Instant at) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Content-Length", THIRTY_MB);
        headers.put(SignedRequest.SOURCE_HEADER, DEFAULT_SIGNER);
        headers.put(SignedRequest.TIMESTAMP_HEADER, SignedRequest.timestamp(at));
        headers.put(SignedRequest.SIGNATURE_HEADER, "MEUCIQDyc2lnbmF0dXJlIG5vdCB0aGUgc291cmNlJ3M=");
        return headers;
    }
}
