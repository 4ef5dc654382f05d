package cn.jining.credithub.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A console session as Hawtio's single-page app holds it: Basic sign-in, session and XSRF-TOKEN cookies, POSTs. */
final class JolokiaSession {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String authorization;
    private final int port;

    JolokiaSession(int port, String user, String password) {
        this.port = port;
        authorization = ConsoleAccounts.basic(user, password);
        HttpResponse<String> first = send(HttpRequest.newBuilder(uri()).header("Authorization", authorization)
                .uri(URI.create(uri() + "/version")));
        assertThat(first.statusCode()).isEqualTo(200);
    }

    JsonNode jolokia(String body) {
        try {
            return JSON.readTree(post(body, "http://127.0.0.1:" + port).body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode exec(String mbean, String operation) {
        return jolokia(exec(mbean, operation, new String[0]));
    }

    HttpResponse<String> post(String body, String origin) {
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        return send(HttpRequest.newBuilder(uri()).header("Authorization", authorization).header("X-XSRF-TOKEN", token)
                .header("Content-Type", "application/json").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String read(String mbean, String attribute) {
        return "{\"type\":\"read\",\"mbean\":" + quoted(mbean) + ",\"attribute\":\"" + attribute + "\"}";
    }

    static String exec(String mbean, String operation, String... arguments) {
        return "{\"type\":\"exec\",\"mbean\":" + quoted(mbean) + ",\"operation\":" + quoted(operation)
                + ",\"arguments\":[" + String.join(",", arguments) + "]}";
    }

    static String write(String mbean, String attribute, String value) {
        return "{\"type\":\"write\",\"mbean\":" + quoted(mbean) + ",\"attribute\":\"" + attribute + "\",\"value\":"
                + value + "}";
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/actuator/jolokia");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
