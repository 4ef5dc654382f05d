package cn.jining.credithub.gateway;

import cn.jining.credithub.contracts.auth.RequestSigner;
import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.gateway.security.KeyConfiguration;
import cn.jining.credithub.gateway.security.KeyFolder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs test requests the way a bureau does (docs/rest-api.md, "Authentication"), with the demo identities the
 * test hub generated in its key folder ({@code sources/<id>.p12}, demo password). A source without a keystore
 * there (an unregistered one) signs with a throwaway key, so the hub's answer is about the source, not the
 * missing signature.
 */
public final class SignedSubmissions {

    private final KeyFolder keys;
    private final Map<String, RequestSigner> signers = new ConcurrentHashMap<>();

    public SignedSubmissions(KeyFolder keys) {
        this.keys = keys;
    }

    /** For a hub started on {@code dataDir} with the default key folder. */
    public static SignedSubmissions forDataDir(Path dataDir) {
        return new SignedSubmissions(new KeyFolder(dataDir.resolve("keys")));
    }

    /** A POST of {@code body} to {@code url}, signed by {@code sourceId} now. */
    public HttpRequest.Builder post(URI url, String sourceId, byte[] body) {
        return post(url, sourceId, body, Instant.now());
    }

    /** A POST of {@code body} to {@code url}, signed by {@code sourceId} at {@code at}. */
    public HttpRequest.Builder post(URI url, String sourceId, byte[] body, Instant at) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers(url, sourceId, body, at).forEach(request::header);
        return request;
    }

    /** A POST of a JSON submission signed by {@code sourceId}. */
    public HttpRequest jsonPost(URI url, String sourceId, String json) {
        return post(url, sourceId, json.getBytes(StandardCharsets.UTF_8)).header("Content-Type", "application/json").build();
    }

    /** The three signature headers of a POST to {@code url}. */
    public Map<String, String> headers(URI url, String sourceId, byte[] body, Instant at) {
        try {
            return signer(sourceId).headers("POST", url.getRawPath(), body, at);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign as " + sourceId, e);
        }
    }

    /** The demo identity of {@code sourceId} in the hub's key folder. */
    public SealingIdentity identity(String sourceId) {
        return KeyFolder.loadIdentity(keys.sourceKeystore(sourceId), KeyConfiguration.DEMO_PASSWORD.toCharArray(), sourceId);
    }

    private RequestSigner signer(String sourceId) {
        return signers.computeIfAbsent(sourceId, id -> {
            try {
                SealingIdentity identity = Files.exists(keys.sourceKeystore(id)) ? identity(id) : DemoKeys.generate(id);
                return RequestSigner.of(id, identity);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot sign as " + id, e);
            }
        });
    }
}
