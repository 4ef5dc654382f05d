package cn.jining.credithub.gateway.wiring;

import cn.jining.credithub.gateway.broker.BrokerProperties;
import cn.jining.credithub.gateway.security.HubTls;
import cn.jining.credithub.gateway.security.KeyFolder;
import cn.jining.credithub.routes.source.SourceDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The production switch ({@code CREDITHUB_MODE=production}, {@code credithub.mode}): before any part of the hub
 * starts (no demo key is generated, no broker opened), refuses to start with anything that is demo-only or open,
 * naming each setting by its environment variable and property, all at once (docs/operations.md, "Production
 * mode"). The default mode, {@code demo}, runs the README's demo unchanged.
 */
public class ProductionMode implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PRODUCTION = "production";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        if (!PRODUCTION.equals(environment.getProperty("credithub.mode", "demo").toLowerCase(Locale.ROOT))) {
            return;
        }
        List<String> violations = violations(environment);
        if (!violations.isEmpty()) {
            throw new ProductionModeRefusal(violations);
        }
    }

    /** What production mode refuses in {@code environment}; empty when the hub may start. */
    static List<String> violations(Environment environment) {
        List<String> found = new ArrayList<>();
        Binder binder = Binder.get(environment);
        flag(found, environment, "credithub.keys.demo", "CREDITHUB_KEYS_DEMO",
                "generates demo keys; provide the hub's own keys (docs/operations.md, Keys) and set it to false");
        demoCertificates(found, environment);
        flag(found, environment, "credithub.demo.enabled", "CREDITHUB_DEMO",
                "starts the demo SFTP server, staging database and their sources; set it to false");
        if (environment.getProperty("credithub.province.enabled", Boolean.class, true)) {
            flag(found, environment, "credithub.province.simulator.enabled", "CREDITHUB_PROVINCE_SIMULATOR",
                    "sends to the in-process province simulator; set it to false and CREDITHUB_PROVINCE_URL");
            String url = environment.getProperty("credithub.province.url", "");
            if (url.isBlank() || !url.toLowerCase(Locale.ROOT).startsWith("https://")) {
                found.add("CREDITHUB_PROVINCE_URL (credithub.province.url) is '" + url + "': the province is reached "
                        + "over https:// only");
            }
        }
        BrokerProperties broker = binder.bind("credithub.broker", BrokerProperties.class).orElse(null);
        if (broker != null && broker.openToTheNetwork()) {
            found.add("CREDITHUB_BROKER_PORT (credithub.broker.tcp-port / acceptors) opens the embedded broker to the "
                    + "network without an account: set CREDITHUB_BROKER_USER and CREDITHUB_BROKER_PASSWORD");
        }
        plainHttp(found, environment);
        uncheckedHostKeys(found, binder);
        for (String[] account : new String[][] {{"CREDITHUB_VIEWER_PASSWORD", "credithub.console.viewer-password"},
                {"CREDITHUB_OPERATOR_PASSWORD", "credithub.console.operator-password"}}) {
            if (environment.getProperty(account[1], "").isBlank()) {
                found.add(account[0] + " (" + account[1] + ") is not set: a console password generated at start-up is "
                        + "for the demo only");
            }
        }
        return found;
    }

    private static void flag(List<String> found, Environment environment, String property, String variable,
                             String why) {
        if (environment.getProperty(property, Boolean.class, false)) {
            found.add(variable + " (" + property + ") is true: it " + why);
        }
    }

    /** Material a demo run left in the key folder: certificates whose subject says O=DEMO. */
    private static void demoCertificates(List<String> found, Environment environment) {
        String dir = environment.getProperty("credithub.keys.dir");
        if (dir == null) {
            return;
        }
        KeyFolder folder = new KeyFolder(Path.of(dir));
        for (Path certificate : List.of(folder.dir().resolve("hub.crt"), folder.provinceCertificate())) {
            if (Files.isRegularFile(certificate) && KeyFolder.loadCertificate(certificate).getSubjectX500Principal()
                    .getName().contains("O=DEMO")) {
                found.add("CREDITHUB_KEYS_DIR (credithub.keys.dir) holds demo material: " + certificate
                        + " is a generated DEMO certificate; replace it with the real one");
            }
        }
    }

    private static void plainHttp(List<String> found, Environment environment) {
        String address = environment.getProperty("server.address", "");
        if (!HubTls.loopback(address) && !environment.getProperty("server.ssl.enabled", Boolean.class, false)) {
            found.add("CREDITHUB_HTTP_ADDRESS (server.address) is '" + address + "', not loopback, and TLS is off: "
                    + "create the TLS key store with `keys tls` (CREDITHUB_TLS_KEYSTORE, credithub.tls.keystore) or "
                    + "listen on 127.0.0.1 behind a TLS proxy");
        }
    }

    private static void uncheckedHostKeys(List<String> found, Binder binder) {
        List<SourceDefinition> sources = binder.bind("credithub.sources", Bindable.listOf(SourceDefinition.class))
                .orElse(List.of());
        for (int i = 0; i < sources.size(); i++) {
            SourceDefinition.Sftp sftp = sources.get(i).sftp();
            if (sftp != null && (sftp.knownHostsPath() == null || sftp.knownHostsPath().isBlank())) {
                found.add("credithub.sources[" + i + "].sftp.knownHostsPath (" + sources.get(i).id() + ") is not set: "
                        + "the SFTP server's host key would be unchecked");
            }
        }
    }
}
