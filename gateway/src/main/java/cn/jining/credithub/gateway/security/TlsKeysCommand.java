package cn.jining.credithub.gateway.security;

import java.io.IOException;
import java.io.PrintStream;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code keys tls [--hosts name,address,...]}: writes the hub's HTTPS key store {@code tls.p12} and {@code tls.crt}
 * into the key folder (docs/operations.md, "TLS"); the hub serves HTTPS with it whenever it listens off loopback.
 * The key store password is CREDITHUB_KEYSTORE_PASSWORD, as for the hub's other key stores.
 */
final class TlsKeysCommand {

    private TlsKeysCommand() {
    }

    static int run(KeyFolder folder, String hosts, Map<String, String> env, PrintStream out, PrintStream err)
            throws GeneralSecurityException, IOException {
        String password = env.get(KeysCli.PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            err.println("keys: " + KeysCli.PASSWORD_ENV + " is not set: keystore passwords come only from the environment");
            return KeysCli.ERROR;
        }
        List<String> names = hosts == null || hosts.isBlank() ? List.of("localhost", "127.0.0.1")
                : Arrays.stream(hosts.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
        X509Certificate certificate = TlsKeys.generate(folder, password.toCharArray(), names);
        out.println("TLS key store (owner-only, alias " + TlsKeys.ALIAS + "): " + TlsKeys.keystore(folder).toAbsolutePath());
        out.println("certificate for clients to trust: " + TlsKeys.certificate(folder).toAbsolutePath());
        out.println("names: " + String.join(", ", names) + "; valid to " + certificate.getNotAfter().toInstant());
        return KeysCli.OK;
    }
}
