package cn.jining.credithub.gateway.admin;

import cn.jining.credithub.gateway.cli.args.CommandRunner;
import cn.jining.credithub.gateway.cli.args.HubConnection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The dead-letter command (docs/operations.md): {@code dead-letters list | show <id> | replay <id> | replay --all
 * | discard <id>}, a client of the running hub's admin API. Exit 0 done, 1 refused or failed, 2 a bad command
 * line, 3 no such dead letter.
 */
@Command(name = "dead-letters", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "List, show, replay or discard the hub's dead letters (through its admin API).",
        footer = "The hub: --url, else CREDITHUB_HUB_URL, else " + HubConnection.DEFAULT_URL + "; the user: --user, else"
                + " CREDITHUB_OPERATOR_USER, else operator; the password only from CREDITHUB_OPERATOR_PASSWORD.")
public final class DeadLettersCli implements Callable<Integer> {

    static final int OK = 0;
    static final int ERROR = 1;
    static final int NOT_FOUND = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/api/admin/dead-letters";

    private final CommandRunner.Context context;
    @Spec
    CommandSpec spec;
    @Option(names = "--url", scope = ScopeType.INHERIT, paramLabel = "URL", description = "the hub's base URL")
    String url;
    @Option(names = "--user", scope = ScopeType.INHERIT, paramLabel = "USER", description = "a console operator")
    String user;

    DeadLettersCli(CommandRunner.Context context) {
        this.context = context;
    }

    /** The whole command without {@code System.exit}: its exit code. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        CommandRunner.Context context = new CommandRunner.Context(env, out, err);
        return CommandRunner.execute(new DeadLettersCli(context), args, context);
    }

    @Override
    public Integer call() {
        return CommandRunner.usage(spec);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the dead letters.")
    int list() {
        return send("list", "GET", "");
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one dead letter.")
    int show(@Parameters(paramLabel = "ID", description = "its message id") long id) {
        return send("show", "GET", "/" + id);
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Send a dead letter (or all of them) back to its queue.")
    int replay(@Parameters(paramLabel = "ID", arity = "0..1", description = "its message id") Long id,
               @Option(names = "--all", description = "every dead letter") boolean all) {
        if (all == (id != null)) {
            throw new ParameterException(spec.subcommands().get("replay"), "replay takes an ID or --all");
        }
        return send("replay", "POST", all ? "/replay" : "/" + id + "/replay");
    }

    @Command(name = "discard", mixinStandardHelpOptions = true, description = "Delete a dead letter.")
    int discard(@Parameters(paramLabel = "ID", description = "its message id") long id) {
        return send("discard", "DELETE", "/" + id);
    }

    private int send(String command, String method, String suffix) {
        PrintStream err = context.err();
        String operator = user != null ? user : context.env().getOrDefault(HubConnection.USER_ENV, "operator");
        // SECURITY: no --password option; a password on the command line is visible to every local user.
        String password = context.env().get(HubConnection.PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            err.println("dead-letters: set " + HubConnection.PASSWORD_ENV + " to the password of console user '"
                    + operator + "'");
            return ERROR;
        }
        HubConnection hub = HubConnection.of(url, context.env());
        try {
            HttpRequest request = hub.admin(PATH + suffix, operator, password)
                    .method(method, HttpRequest.BodyPublishers.noBody()).build();
            return answer(command, hub.send(request), context.out(), err);
        } catch (IllegalArgumentException e) {
            err.println("dead-letters: bad --url '" + hub.base() + "': " + e.getMessage());
            return ERROR;
        } catch (IOException e) {
            err.println("dead-letters: " + hub.unreachable(e));
            return ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("dead-letters: interrupted");
            return ERROR;
        }
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
