package cn.jining.credithub.gateway.console;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The console accounts tests sign in with: passwords made up per run, set as the environment would. */
public final class ConsoleAccounts {

    public static final String VIEWER = "viewer";
    public static final String OPERATOR = "operator";
    public static final String VIEWER_PASSWORD = "viewer-" + Long.toHexString(System.nanoTime());
    public static final String OPERATOR_PASSWORD = "operator-" + Long.toHexString(System.nanoTime());

    private ConsoleAccounts() {
    }

    /** Call from a test class's {@code @DynamicPropertySource}. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("credithub.console.viewer-password", () -> VIEWER_PASSWORD);
        registry.add("credithub.console.operator-password", () -> OPERATOR_PASSWORD);
    }

    public static HttpRequest.Builder asOperator(HttpRequest.Builder request) {
        return request.header("Authorization", basic(OPERATOR, OPERATOR_PASSWORD));
    }

    public static HttpRequest.Builder asViewer(HttpRequest.Builder request) {
        return request.header("Authorization", basic(VIEWER, VIEWER_PASSWORD));
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
