package cn.jining.credithub.gateway.cli.args;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * The running hub as the commands reach it: its base URL ({@code --url}, else {@code CREDITHUB_HUB_URL}, else
 * http://127.0.0.1:8080) and, for the admin API, the operator's Basic credentials (the password only from
 * {@code CREDITHUB_OPERATOR_PASSWORD}).
 */
public record HubConnection(String base) {

    public static final String URL_ENV = "CREDITHUB_HUB_URL";
    public static final String DEFAULT_URL = "http://127.0.0.1:8080";
    public static final String USER_ENV = "CREDITHUB_OPERATOR_USER";
    public static final String PASSWORD_ENV = "CREDITHUB_OPERATOR_PASSWORD";

    /** The hub named by {@code option} if given, else by the environment. */
    public static HubConnection of(String option, Map<String, String> env) {
        String base = option != null ? option : env.getOrDefault(URL_ENV, DEFAULT_URL);
        return new HubConnection(base.replaceAll("/+$", ""));
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** Sends {@code request}; an {@link IOException} means the hub could not be reached. */
    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** An admin API request to {@code path} as {@code user}. */
    public HttpRequest.Builder admin(String path, String user, String password) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** The one way every command says the hub is not there. */
    public String unreachable(IOException e) {
        return "cannot reach the hub at " + base + " (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage()) + ")";
    }
}
