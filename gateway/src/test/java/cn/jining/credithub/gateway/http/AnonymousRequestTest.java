package cn.jining.credithub.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.contracts.auth.SignedRequest;
import cn.jining.credithub.gateway.HubTestSupport;
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
