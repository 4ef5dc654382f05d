package cn.jining.credithub.portal.forms;

import cn.jining.credithub.contracts.auth.RequestSigner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client of the hub's intake: a form as JSON, POSTed to the intake of its kind and signed with the site's own
 * identity by the hub's signed-request scheme (contracts' RequestSigner; docs/rest-api.md, "Authentication").
 */
public class HubIntake {

    private static final Logger LOG = LoggerFactory.getLogger(HubIntake.class);
    private final URI base;
    private final Duration timeout;
    private final RequestSigner signer;
    private final HttpClient http;

    /** The hub could not take the form now; the visitor is asked to try later, nothing is kept. */
    public static class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public HubIntake(URI base, Duration timeout, RequestSigner signer) {
        this.base = base;
        this.timeout = timeout;
        this.signer = signer;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends one form; the hub's answer body when it accepted it (2xx). */
    public String send(FormKind kind, byte[] json) throws Unavailable {
        URI target = URI.create(base.toString().replaceAll("/+$", "") + "/" + kind.hubPath());
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json));
            for (Map.Entry<String, String> header : signer.headers("POST", target.getRawPath(), json).entrySet()) {
                request.header(header.getKey(), header.getValue());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new Unavailable("the hub answered " + response.statusCode() + " to " + target, null);
            }
            return response.body();
        } catch (IOException | GeneralSecurityException e) {
            LOG.warn("form not delivered to the hub at {}: {}", target, e.toString());
            throw new Unavailable("the hub's intake at " + target + " is unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while sending to " + target, e);
        }
    }
}
