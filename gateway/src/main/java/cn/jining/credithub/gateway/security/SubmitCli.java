package cn.jining.credithub.gateway.security;

import cn.jining.credithub.contracts.auth.RequestSigner;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.gateway.cli.args.CliArguments;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The submit command, for bureaus and the demo: signs a submission file with the source's keystore
 * (docs/rest-api.md, "Authentication") and POSTs it; prints the hub's answer. Exit 0 on a receipt (HTTP 200),
 * 1 on a refusal or when nothing could be sent. The keystore password comes only from
 * {@code CREDITHUB_KEYSTORE_PASSWORD}.
 */
public final class SubmitCli {

    static final String DEFAULT_URL = "http://127.0.0.1:8080/api/v1/submissions";
    private static final String USAGE = "usage: submit <file.json> --source ID --keystore FILE.p12 [--alias A] "
            + "[--url " + DEFAULT_URL + "]   (password only from " + KeysCli.PASSWORD_ENV + ")";

    private SubmitCli() {
    }

    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        CliArguments arguments = CliArguments.parse(args);
        List<String> positional = arguments.positional();
        Map<String, String> options = arguments.options();
        if (positional.size() != 1 || !options.containsKey("source") || !options.containsKey("keystore")) {
            err.println(USAGE);
            return KeysCli.ERROR;
        }
        String password = env.get(KeysCli.PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            err.println("submit: " + KeysCli.PASSWORD_ENV + " is not set: the keystore password comes only from the environment");
            return KeysCli.ERROR;
        }
        String source = options.get("source");
        try {
            byte[] body = Files.readAllBytes(Path.of(positional.get(0)));
            SealingIdentity identity = KeyFolder.loadIdentity(Path.of(options.get("keystore")), password.toCharArray(),
                    options.getOrDefault("alias", source));
            URI url = URI.create(options.getOrDefault("url", DEFAULT_URL));
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            RequestSigner.of(source, identity).headers("POST", url.getRawPath(), body).forEach(request::header);
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
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
