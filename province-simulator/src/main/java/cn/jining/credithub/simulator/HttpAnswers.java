package cn.jining.credithub.simulator;

import cn.jining.credithub.contracts.json.ContractsJson;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/** Reading bounded request bodies and writing JSON answers on the JDK's HTTP server. */
final class HttpAnswers {

    private HttpAnswers() {
    }

    static void json(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = ContractsJson.mapper().writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** An error answer: {@code {"code": ..., "message": ...}}. */
    static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        json(exchange, status, Map.of("code", code, "message", message));
    }

    static void text(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The request body, or null when it is longer than {@code limit} bytes. */
    static byte[] body(HttpExchange exchange, long limit) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > limit) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** True if the method is {@code expected}; otherwise answers 405 and returns false. */
    static boolean method(HttpExchange exchange, String expected) throws IOException {
        if (expected.equalsIgnoreCase(exchange.getRequestMethod())) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", expected);
        error(exchange, 405, "METHOD_NOT_ALLOWED", exchange.getRequestMethod() + " is not allowed here; use " + expected);
        return false;
    }
}
