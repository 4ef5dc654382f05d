package cn.jining.credithub.simulator;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.json.ContractsJson;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.type.TypeReference;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's control API ({@code /simulator/...}, plain HTTP on the loopback control port): switch the mode,
 * read what was received, forget batches, push a downward batch, fetch the TLS certificate. A test tool with no
 * authentication: it never binds anything but the configured (loopback) host.
 */
final class ControlApi {

    private static final Logger LOG = LoggerFactory.getLogger(ControlApi.class);
    private static final TypeReference<List<AcceptedRecord>> RECORDS = new TypeReference<>() {
    };
    private static final long MAX_CONTROL_BODY = 16L * 1024 * 1024;
    private final ProvinceSimulator simulator;

    ControlApi(ProvinceSimulator simulator) {
        this.simulator = simulator;
    }

    void register(HttpServer server) {
        server.createContext("/simulator/mode", guarded(this::mode));
        server.createContext("/simulator/received", guarded(this::received));
        server.createContext("/simulator/forget", guarded(this::forget));
        server.createContext("/simulator/push", guarded(this::push));
        server.createContext("/simulator/tls-certificate", guarded(this::tlsCertificate));
    }

    private void mode(HttpExchange exchange) throws IOException {
        if ("GET".equalsIgnoreCase(exchange.getRequestMethod())) {
            HttpAnswers.json(exchange, 200, Map.of("mode", simulator.mode().wireName()));
            return;
        }
        if (!HttpAnswers.method(exchange, "POST")) {
            return;
        }
        JsonNode body = readJson(exchange);
        if (body == null) {
            return;
        }
        SimulatorMode next;
        try {
            next = SimulatorMode.parse(body.path("mode").asText(null));
        } catch (IllegalArgumentException e) {
            HttpAnswers.error(exchange, 400, "UNKNOWN_MODE", e.getMessage());
            return;
        }
        simulator.mode(next);
        HttpAnswers.json(exchange, 200, Map.of("mode", next.wireName()));
    }

    private void received(HttpExchange exchange) throws IOException {
        if (!HttpAnswers.method(exchange, "GET")) {
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("mode", simulator.mode().wireName());
        answer.put("counts", simulator.received());
        HttpAnswers.json(exchange, 200, answer);
    }

    private void forget(HttpExchange exchange) throws IOException {
        if (!HttpAnswers.method(exchange, "POST")) {
            return;
        }
        JsonNode body = readJson(exchange);
        if (body == null) {
            return;
        }
        int forgotten = simulator.forget(body.path("sourceId").asText(null), body.path("batchId").asText(null));
        HttpAnswers.json(exchange, 200, Map.of("forgotten", forgotten));
    }

    private void push(HttpExchange exchange) throws IOException {
        if (!HttpAnswers.method(exchange, "POST")) {
            return;
        }
        JsonNode body = readJson(exchange);
        if (body == null) {
            return;
        }
        List<AcceptedRecord> records;
        try {
            records = body.has("records") ? ContractsJson.mapper().convertValue(body.get("records"), RECORDS) : null;
        } catch (IllegalArgumentException e) {
            HttpAnswers.error(exchange, 400, "BAD_RECORDS", "records must be accepted records (docs/envelope.md): "
                    + e.getMessage());
            return;
        }
        try {
            PushResult result = simulator.push(records, body.path("count").asInt(3), body.path("encrypt").asBoolean(false));
            HttpAnswers.json(exchange, 200, result);
        } catch (IllegalStateException | IllegalArgumentException e) {
            HttpAnswers.error(exchange, 400, "CANNOT_PUSH", e.getMessage());
        } catch (ConnectException e) {
            HttpAnswers.error(exchange, 502, "HUB_UNREACHABLE", "the hub's downward endpoint refused the connection");
        } catch (GeneralSecurityException e) {
            HttpAnswers.error(exchange, 500, "SEALING_FAILED", "the batch could not be sealed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            HttpAnswers.error(exchange, 503, "INTERRUPTED", "the simulator is stopping");
        }
    }

    private void tlsCertificate(HttpExchange exchange) throws IOException {
        if (!HttpAnswers.method(exchange, "GET")) {
            return;
        }
        String pem = simulator.tlsCertificatePem();
        if (pem == null) {
            HttpAnswers.error(exchange, 404, "NO_TLS", "the province API runs over plain HTTP");
            return;
        }
        HttpAnswers.text(exchange, 200, "application/x-pem-file", pem);
    }

    /** The JSON body ({} when empty), or null after answering 400/413. */
    private static JsonNode readJson(HttpExchange exchange) throws IOException {
        byte[] bytes = HttpAnswers.body(exchange, MAX_CONTROL_BODY);
        if (bytes == null) {
            HttpAnswers.error(exchange, 413, "TOO_LARGE", "control requests are limited to " + MAX_CONTROL_BODY + " bytes");
            return null;
        }
        if (bytes.length == 0) {
            return ContractsJson.mapper().createObjectNode();
        }
        try {
            JsonNode node = ContractsJson.mapper().readTree(bytes);
            if (node == null || !node.isObject()) {
                HttpAnswers.error(exchange, 400, "MALFORMED", "the body must be a JSON object");
                return null;
            }
            return node;
        } catch (JacksonException e) {
            HttpAnswers.error(exchange, 400, "MALFORMED", "the body is not JSON: " + e.getOriginalMessage());
            return null;
        }
    }

    /** Every control exchange is closed, and an unexpected failure is answered 500 without a stack trace. */
    private static HttpHandler guarded(HttpHandler handler) {
        return exchange -> {
            try {
                handler.handle(exchange);
            } catch (IOException | RuntimeException e) {
                LOG.warn("control request {} failed", exchange.getRequestURI(), e);
                try {
                    HttpAnswers.error(exchange, 500, "INTERNAL_ERROR", "the simulator failed to handle this request");
                } catch (IOException | RuntimeException ignored) {
                    // The answer was already started; the log has the cause.
                }
            } finally {
                exchange.close();
            }
        };
    }
}
