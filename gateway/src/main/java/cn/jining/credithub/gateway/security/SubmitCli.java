package cn.jining.credithub.gateway.security;

import cn.jining.credithub.contracts.auth.RequestSigner;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.gateway.cli.args.CommandRunner;
import cn.jining.credithub.gateway.cli.args.HubConnection;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The submit command, for bureaus and the demo: signs a submission file with the source's keystore
 * (docs/rest-api.md, "Authentication") and POSTs it to the hub ({@code CREDITHUB_HUB_URL}); prints the hub's
 * answer. Exit 0 on a receipt (HTTP 200), 1 on a refusal or when nothing could be sent, 2 on a bad command line.
 * The keystore password comes only from {@code CREDITHUB_KEYSTORE_PASSWORD}.
 */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Sign a submission file with a source's keystore and POST it to the hub.",
        footer = "The hub: --url, else CREDITHUB_HUB_URL, else " + HubConnection.DEFAULT_URL + ". The keystore password"
                + " only from " + KeysCli.PASSWORD_ENV + ".")
public final class SubmitCli implements Callable<Integer> {

    static final String PATH = "/api/v1/submissions";

    private final CommandRunner.Context context;
    @Parameters(paramLabel = "FILE", description = "the submission (JSON, docs/rest-api.md)")
    Path file;
    @Option(names = "--source", required = true, paramLabel = "ID", description = "the source that signs")
    String source;
    @Option(names = "--keystore", required = true, paramLabel = "FILE.p12", description = "the source's keystore")
    Path keystore;
    @Option(names = "--alias", paramLabel = "A", description = "the key's alias (default: the source id)")
    String alias;
    @Option(names = "--url", paramLabel = "URL", description = "the hub's base URL, e.g. http://127.0.0.1:8080")
    String url;

    SubmitCli(CommandRunner.Context context) {
        this.context = context;
    }

    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        CommandRunner.Context context = new CommandRunner.Context(env, out, err);
        return CommandRunner.execute(new SubmitCli(context), args, context);
    }

    @Override
    public Integer call() {
        PrintStream out = context.out();
        PrintStream err = context.err();
        String password = context.env().get(KeysCli.PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            err.println("submit: " + KeysCli.PASSWORD_ENV + " is not set: the keystore password comes only from the environment");
            return KeysCli.ERROR;
        }
        // The hub's base URL; a full submissions URL (as this option once took) names the same hub.
        HubConnection hub = HubConnection.of(url == null ? null : url.replaceFirst(PATH + "/?$", ""), context.env());
        try {
            byte[] body = Files.readAllBytes(file);
            SealingIdentity identity = KeyFolder.loadIdentity(keystore, password.toCharArray(),
                    alias == null ? source : alias);
            URI target = hub.uri(PATH);
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            RequestSigner.of(source, identity).headers("POST", target.getRawPath(), body).forEach(request::header);
            HttpResponse<String> response;
            try {
                response = hub.send(request.build());
            } catch (IOException e) {
                err.println("submit: " + hub.unreachable(e));
                return KeysCli.ERROR;
            }
            (response.statusCode() == 200 ? out : err).println("HTTP " + response.statusCode());
            (response.statusCode() == 200 ? out : err).println(response.body());
            return response.statusCode() == 200 ? KeysCli.OK : KeysCli.ERROR;
        } catch (IOException | GeneralSecurityException | KeyMaterialException | IllegalArgumentException e) {
            err.println("submit: " + e.getMessage());
            return KeysCli.ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("submit: interrupted");
            return KeysCli.ERROR;
        }
    }
}
