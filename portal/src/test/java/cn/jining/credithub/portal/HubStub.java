package cn.jining.credithub.portal;

import cn.jining.credithub.contracts.auth.RequestVerifier;
import cn.jining.credithub.contracts.auth.SignedRequest;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback stand-in for the hub's public intake (free port, 127.0.0.1): it verifies each request's signature
 * with contracts' RequestVerifier against the certificate registered for the site, answers 202 with a reference,
 * or 401 and keeps nothing.
 */
public final class HubStub implements AutoCloseable {

    /** A request the stub accepted. */
    public record Received(String path, byte[] body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicReference<X509Certificate> certificate;

    private HubStub(HttpServer server, AtomicReference<X509Certificate> certificate) {
        this.server = server;
        this.certificate = certificate;
    }

    public static HubStub start(String sourceId, X509Certificate registered) throws IOException {
        AtomicReference<X509Certificate> certificate = new AtomicReference<>(registered);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        HubStub stub = new HubStub(server, certificate);
        RequestVerifier verifier = new RequestVerifier(sourceId::equals,
                id -> Optional.ofNullable(certificate.get()), Clock.systemUTC(), Duration.ofMinutes(5));
        server.createContext("/", exchange -> stub.handle(exchange, verifier));
        server.start();
        return stub;
    }

    /** Registers the site's certificate (a Spring-started site makes its demo identity at start). */
    public void register(X509Certificate registered) {
        certificate.set(registered);
    }

    private void handle(HttpExchange exchange, RequestVerifier verifier) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getRawPath();
        int status;
        String answer;
        try {
            verifier.verify(exchange.getRequestMethod(), path,
                    exchange.getRequestHeaders().getFirst(SignedRequest.SOURCE_HEADER),
                    exchange.getRequestHeaders().getFirst(SignedRequest.TIMESTAMP_HEADER),
                    exchange.getRequestHeaders().getFirst(SignedRequest.SIGNATURE_HEADER), body);
            received.add(new Received(path, body));
            status = 202;
            answer = "{\"reference\":\"HUB-" + received.size() + "\"}";
        } catch (SubmissionRefusedException e) {
            status = 401;
            answer = "{\"error\":\"" + e.getMessage().replace("\"", "'") + "\"}";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return received;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
