package cn.jining.credithub.gateway.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * HTTPS where the hub is not on loopback (docs/operations.md, "TLS"): when {@code server.address} is not a loopback
 * address, or {@code credithub.tls.enabled} is true, and the key store {@code credithub.tls.keystore} (default
 * {@code <keys dir>/tls.p12}, made by {@code keys tls}) exists, the hub's one HTTP server speaks TLS only
 * ({@code server.ssl.*}). Off loopback without a key store the demo warns and production mode refuses to start.
 */
public class HubTls implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "credithub-tls";
    private final Log log;

    public HubTls(DeferredLogFactory logs) {
        this.log = logs.getLog(HubTls.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("server.ssl.enabled")) {
            return; // configured by hand (server.ssl.*): left as it is
        }
        String address = environment.getProperty("server.address", "");
        boolean wanted = environment.getProperty("credithub.tls.enabled", Boolean.class, false) || !loopback(address);
        if (!wanted) {
            return;
        }
        String keysDir = environment.getProperty("credithub.keys.dir",
                environment.getProperty("credithub.data-dir", "./data") + "/keys");
        Path keystore = Path.of(environment.getProperty("credithub.tls.keystore", keysDir + "/tls.p12"));
        if (!Files.isRegularFile(keystore)) {
            log.warn("The hub listens on '" + address + "', not loopback, and serves PLAIN HTTP: no TLS key store at "
                    + keystore + " (create it with `keys tls`, or set CREDITHUB_TLS_KEYSTORE); production mode refuses this");
            return;
        }
        String password = environment.getProperty("credithub.tls.password", "");
        Map<String, Object> ssl = new HashMap<>();
        ssl.put("server.ssl.enabled", "true");
        ssl.put("server.ssl.key-store", keystore.toAbsolutePath().toString());
        ssl.put("server.ssl.key-store-type", "PKCS12");
        ssl.put("server.ssl.key-alias", TlsKeys.ALIAS);
        ssl.put("server.ssl.key-store-password", password.isEmpty() && environment.getProperty("credithub.keys.demo",
                Boolean.class, false) ? KeyConfiguration.DEMO_PASSWORD : password);
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, ssl));
    }

    /** After the application's own configuration files are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Whether {@code address} is a loopback address; blank means every interface, which is not. */
    public static boolean loopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
