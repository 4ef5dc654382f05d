package cn.jining.credithub.simulator;

import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.contracts.seal.Sm2Keys;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator on its own:
 * {@code ./mvnw -q -pl province-simulator exec:java -Dexec.args="--keys data/keys --hub-url http://127.0.0.1:8080"}.
 * Reads {@code province.p12} (entry {@code province}) and {@code hub.crt} from the key folder; the keystore password
 * comes from {@code CREDITHUB_KEYSTORE_PASSWORD} (the hub's generated demo keys use {@code demo-only}).
 */
public final class SimulatorMain {

    private static final String USAGE = """
            usage: SimulatorMain --keys DIR [--host 127.0.0.1] [--port 8091] [--control-port 8092]
                                 [--hub-url http://127.0.0.1:8080] [--plain-http] [--tls-cert-out FILE]
            """;

    private SimulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        if (options == null || !options.containsKey("keys")) {
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        Path keys = Path.of(options.get("keys"));
        String password = System.getenv("CREDITHUB_KEYSTORE_PASSWORD");
        if (password == null || password.isEmpty()) {
            System.err.println("CREDITHUB_KEYSTORE_PASSWORD is not set: trying the hub's demo keystore password");
            password = "demo-only";
        }
        SealingIdentity province;
        try (InputStream in = Files.newInputStream(keys.resolve("province.p12"))) {
            province = SealingIdentity.fromPkcs12(in, password.toCharArray(), "province");
        }
        SimulatorSettings settings = SimulatorSettings.defaults(province, certificate(keys.resolve("hub.crt")))
                .withPorts(Integer.parseInt(options.getOrDefault("port", "" + SimulatorSettings.DEFAULT_PORT)),
                        Integer.parseInt(options.getOrDefault("control-port", "" + SimulatorSettings.DEFAULT_CONTROL_PORT)))
                .withTls(!options.containsKey("plain-http"),
                        Path.of(options.getOrDefault("tls-cert-out", keys.resolve("province-tls.pem").toString())));
        if (options.containsKey("host")) {
            settings = new SimulatorSettings(options.get("host"), settings.port(), settings.controlPort(), settings.tls(),
                    settings.tlsCertificateFile(), province, settings.hub(), settings.provinceSourceId(),
                    settings.hubDownwardUrl(), settings.slowDelay(), settings.maxBodyBytes());
        }
        settings = settings.withHubDownwardUrl(URI.create(options.getOrDefault("hub-url", "http://127.0.0.1:8080")
                + "/api/v1/province/downward"));
        ProvinceSimulator simulator = ProvinceSimulator.start(settings);
        System.out.println("Province simulator: province API " + simulator.url() + ", control API "
                + simulator.controlUrl() + (settings.tls() ? ", TLS certificate " + settings.tlsCertificateFile() : ""));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    private static X509Certificate certificate(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509", Sm2Keys.provider()).generateCertificate(in);
        }
    }

    /** {@code --name value} pairs and {@code --flag}s; null when an argument is not an option. */
    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> list = new ArrayList<>(List.of(args));
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            if (!arg.startsWith("--")) {
                return null;
            }
            String name = arg.substring(2);
            if (name.equals("plain-http")) {
                options.put(name, "true");
            } else if (i + 1 < list.size()) {
                options.put(name, list.get(++i));
            } else {
                return null;
            }
        }
        return options;
    }
}
