package cn.jining.credithub.gateway.downward;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A bureau's callback endpoint for downward batches: a real HTTP server (the JDK's) on 127.0.0.1 that keeps
 * every request it answered with 200, and can go offline and come back on the same port.
 */
final class CallbackServer {

    /** One received request: its body and the hub's headers. */
    record Call(String body, String batchId, String signature, String signer) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private int port;

    static CallbackServer start() {
        CallbackServer callback = new CallbackServer();
        callback.server = callback.open(0);
        callback.port = callback.server.getAddress().getPort();
        return callback;
    }

    String url() {
        return "http://127.0.0.1:" + port + "/downward";
    }

    List<Call> calls() {
        return calls;
    }

    /** The bureau goes offline: connections to its port are refused. */
    void stop() {
        server.stop(0);
    }

    /** The bureau is back, on the same port. */
    void restart() {
        server = open(port);
    }

    private HttpServer open(int onPort) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
            http.createContext("/downward", this::receive);
            http.start();
            return http;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        calls.add(new Call(new String(body, StandardCharsets.UTF_8),
                exchange.getRequestHeaders().getFirst("CreditHub-Batch-Id"),
                exchange.getRequestHeaders().getFirst("CreditHub-Signature"),
                exchange.getRequestHeaders().getFirst("CreditHub-Signer")));
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
    }
}
