package cn.jining.credithub.gateway.admin;

import cn.jining.credithub.gateway.cli.args.CliArguments;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dead-letter command (docs/operations.md): {@code dead-letters list | show <id> | replay <id> | replay --all
 * | discard <id>}, a client of the running hub's admin API. Exit 0 done, 1 refused or failed, 2 no such dead letter.
 */
public final class DeadLettersCli {

    static final int OK = 0;
    static final int ERROR = 1;
    static final int NOT_FOUND = 2;
    private static final String USAGE = "usage: dead-letters list | show <id> | replay <id> | replay --all | discard <id> "
            + "[--url URL] [--user USER]   (defaults: CREDITHUB_HUB_URL or http://127.0.0.1:8080, CREDITHUB_OPERATOR_USER "
            + "or operator; password only from CREDITHUB_OPERATOR_PASSWORD)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/api/admin/dead-letters";

    private DeadLettersCli() {
    }

    /** The whole command without {@code System.exit}: its exit code. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        CliArguments arguments = CliArguments.parse(args, Set.of("all"));
        List<String> positional = arguments.positional();
        Map<String, String> options = arguments.options();
        HttpRequest.Builder request = request(positional, options);
        if (request == null) {
            err.println(USAGE);
            return ERROR;
        }
        String base = options.getOrDefault("url", env.getOrDefault("CREDITHUB_HUB_URL", "http://127.0.0.1:8080"));
        String user = options.getOrDefault("user", env.getOrDefault("CREDITHUB_OPERATOR_USER", "operator"));
        // SECURITY: no --password option; a password on the command line is visible to every local user.
        String password = env.get("CREDITHUB_OPERATOR_PASSWORD");
        if (password == null || password.isEmpty()) {
            err.println("dead-letters: set CREDITHUB_OPERATOR_PASSWORD to the password of console user '" + user + "'");
            return ERROR;
        }
        try {
            URI uri = URI.create(base.replaceAll("/+$", "") + PATH + suffix(positional, options));
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
                    request.uri(uri).timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return answer(positional.get(0), response, out, err);
        } catch (IllegalArgumentException e) {
            err.println("dead-letters: bad --url '" + base + "': " + e.getMessage());
            return ERROR;
        } catch (IOException e) {
            err.println("dead-letters: cannot reach the hub at " + base + ": " + e);
            return ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("dead-letters: interrupted");
            return ERROR;
        }
    }

    /** The request for the sub-command, or null when the arguments make none. */
    private static HttpRequest.Builder request(List<String> positional, Map<String, String> options) {
        if (positional.isEmpty()) {
            return null;
        }
        boolean all = options.containsKey("all");
        String command = positional.get(0);
        return switch (command) {
            case "list" -> positional.size() == 1 && !all ? HttpRequest.newBuilder().GET() : null;
            case "show" -> positional.size() == 2 && !all && isId(positional.get(1)) ? HttpRequest.newBuilder().GET() : null;
            case "replay" -> (all ? positional.size() == 1 : positional.size() == 2 && isId(positional.get(1)))
                    ? HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.noBody()) : null;
            case "discard" -> positional.size() == 2 && !all && isId(positional.get(1))
                    ? HttpRequest.newBuilder().DELETE() : null;
            default -> null;
        };
    }

    private static String suffix(List<String> positional, Map<String, String> options) {
        return switch (positional.get(0)) {
            case "list" -> "";
            case "replay" -> options.containsKey("all") ? "/replay" : "/" + positional.get(1) + "/replay";
            default -> "/" + positional.get(1);
        };
    }

    private static boolean isId(String text) {
        return text.matches("[0-9]{1,19}");
    }

    private static int answer(String command, HttpResponse<String> response, PrintStream out, PrintStream err)
            throws IOException {
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            err.println("dead-letters: the hub refused (" + status + "): the user must be a console operator"
                    + (status == 403 ? " calling from the hub's own host" : " with the right password"));
            return ERROR;
        }
        JsonNode body = parse(response.body());
        if (status != 200) {
            err.println("dead-letters: " + status + " " + (body == null ? response.body()
                    : body.path("error").asText() + ": " + body.path("message").asText()));
            return status == 404 ? NOT_FOUND : ERROR;
        }
        if (body == null) {
            err.println("dead-letters: unexpected answer from the hub: " + response.body());
            return ERROR;
        }
        switch (command) {
            case "list" -> {
                out.println(body.path("count").asInt() + " dead letter(s)");
                for (JsonNode letter : body.path("deadLetters")) {
                    out.println(letter.path("messageId").asText() + "\t" + letter.path("deadLetterQueue").asText()
                            + "\tsource=" + letter.path("sourceId").asText("-") + "\tbatch=" + letter.path("batchId").asText("-")
                            + "\trecords=" + letter.path("recordCount").asText("-") + "\tfailed=" + letter.path("failedAt").asText("-")
                            + "\t" + letter.path("reason").asText("(no reason: dead-lettered by the broker)"));
                }
            }
            case "show" -> out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body));
            case "replay" -> out.println("replayed " + body.path("replayed").asInt());
            default -> out.println("discarded " + body.path("discarded").asInt());
        }
        return OK;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
