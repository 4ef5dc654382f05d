package cn.jining.credithub.gateway.security;

import cn.jining.credithub.contracts.seal.CertificateRef;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.contracts.seal.Sm2Keys;
import cn.jining.credithub.gateway.cli.args.CommandRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The key command (docs/operations.md, "Keys"): {@code keys demo} writes the demo key folder as the hub makes
 * it at start-up, {@code keys new-source <id>} a bureau's signing keystore and the certificate to register with
 * the hub, {@code keys inspect <file>} what a keystore or certificate holds. Keystore passwords come only
 * from {@code CREDITHUB_KEYSTORE_PASSWORD}. A further subcommand is a class named in {@code subcommands} that
 * reaches the environment and streams through {@code @ParentCommand KeysCli} and {@link #context()}.
 */
@Command(name = "keys", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Make and inspect the hub's and the sources' SM2 key material.",
        footer = "Keystore passwords only from " + KeysCli.PASSWORD_ENV + ".")
public final class KeysCli implements Callable<Integer> {

    static final String PASSWORD_ENV = "CREDITHUB_KEYSTORE_PASSWORD";
    static final int OK = 0;
    static final int ERROR = 1;
    private static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final String DIR_HELP = "the key folder (default: CREDITHUB_KEYS_DIR, else ./data/keys)";

    private final CommandRunner.Context context;
    @Spec
    CommandSpec spec;

    KeysCli(CommandRunner.Context context) {
        this.context = context;
    }

    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        CommandRunner.Context context = new CommandRunner.Context(env, out, err);
        return CommandRunner.execute(new KeysCli(context), args, context);
    }

    /** The environment and streams, for the subcommands. */
    public CommandRunner.Context context() {
        return context;
    }

    @Override
    public Integer call() {
        return CommandRunner.usage(spec);
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "Write the demo key folder (hub, province, the bundled registry's push sources).")
    int demo(@Option(names = "--dir", paramLabel = "DIR", description = DIR_HELP) Path dir,
             @Option(names = "--sources", paramLabel = "ID,ID", split = ",", description = "the sources (default: the "
                     + "REST and SOAP sources of the bundled registry)") List<String> sources) {
        return guarded(() -> demo(folder(dir), sources, context.env(), context.out()));
    }

    @Command(name = "new-source", mixinStandardHelpOptions = true,
            description = "Make a bureau's signing keystore and the certificate to register with the hub.")
    int newSource(@Parameters(paramLabel = "ID", description = "the source id") String sourceId,
                  @Option(names = "--dir", paramLabel = "DIR", description = DIR_HELP) Path dir) {
        return guarded(() -> newSource(folder(dir), sourceId, context.env(), context.out(), context.err()));
    }

    @Command(name = "tls", mixinStandardHelpOptions = true,
            description = "Write the hub's TLS key store (tls.p12, owner-only) and tls.crt for its clients to trust.")
    int tls(@Option(names = "--dir", paramLabel = "DIR", description = DIR_HELP) Path dir,
            @Option(names = "--hosts", paramLabel = "NAME,ADDRESS", description = "the names and addresses the "
                    + "certificate covers (default: localhost and 127.0.0.1)") String hosts) {
        return guarded(() -> TlsKeysCommand.run(folder(dir), hosts, context.env(), context.out(), context.err()));
    }

    @Command(name = "inspect", mixinStandardHelpOptions = true,
            description = "Print what a keystore (.p12) or certificate holds.")
    int inspect(@Parameters(paramLabel = "FILE", description = "a .p12/.pfx keystore or a certificate") Path file,
                @Option(names = "--alias", paramLabel = "A", description = "only this entry") String alias) {
        return guarded(() -> inspect(file, alias, context.env(), context.out(), context.err()));
    }

    private KeyFolder folder(Path dir) {
        return new KeyFolder(dir != null ? dir : Path.of(context.env().getOrDefault("CREDITHUB_KEYS_DIR", "./data/keys")));
    }

    /** A subcommand's body, its key-material failures one line on the error stream. */
    private int guarded(KeyAction action) {
        try {
            return action.run();
        } catch (KeyMaterialException | GeneralSecurityException | IOException e) {
            context.err().println("keys: " + e.getMessage());
            return ERROR;
        }
    }

    @FunctionalInterface
    private interface KeyAction {
        int run() throws GeneralSecurityException, IOException;
    }

    /** The demo folder as {@link KeyConfiguration} generates it; the demo password unless the environment sets one. */
    private static int demo(KeyFolder folder, List<String> chosen, Map<String, String> env, PrintStream out) {
        char[] password = env.getOrDefault(PASSWORD_ENV, "").isEmpty()
                ? KeyConfiguration.DEMO_PASSWORD.toCharArray() : env.get(PASSWORD_ENV).toCharArray();
        List<String> sources = chosen != null ? chosen : pushSourcesOfTheBundledRegistry();
        KeyFolder.ensureDemoIdentity(folder.hubKeystore(), folder.dir().resolve("hub.crt"), password,
                KeyFolder.HUB_ALIAS, "credit-hub");
        KeyFolder.ensureDemoIdentity(folder.provinceKeystore(), folder.provinceCertificate(), password,
                KeyFolder.PROVINCE_ALIAS, "shandong-province-simulator");
        for (String source : sources) {
            if (!SOURCE_ID.matcher(source.trim()).matches()) {
                throw new KeyMaterialException("'" + source + "' is not a source id (letters, digits, '.', '_', '-')");
            }
            KeyFolder.ensureDemoIdentity(folder.sourceKeystore(source.trim()), folder.sourceCertificate(source.trim()),
                    password, source.trim(), source.trim());
        }
        out.println("DEMO key material (not for production) in " + folder.dir().toAbsolutePath() + ": hub.p12, "
                + "province.p12/.crt, sources/<id>.p12/.crt for " + String.join(", ", sources));
        return OK;
    }

    /** The REST and SOAP sources of the registry in the jar ({@code sources.yml}), as the hub would make keys for. */
    @SuppressWarnings("unchecked")
    static List<String> pushSourcesOfTheBundledRegistry() {
        try (InputStream in = KeysCli.class.getResourceAsStream("/sources.yml")) {
            if (in == null) {
                return List.of();
            }
            Map<String, Object> root = new org.yaml.snakeyaml.Yaml().load(in);
            Map<String, Object> hub = (Map<String, Object>) root.getOrDefault("credithub", Map.of());
            List<Map<String, Object>> sources = (List<Map<String, Object>>) hub.getOrDefault("sources", List.of());
            return sources.stream().filter(source -> List.of("rest", "soap").contains(source.get("channel")))
                    .map(source -> String.valueOf(source.get("id"))).toList();
        } catch (IOException | ClassCastException e) {
            throw new KeyMaterialException("cannot read the bundled sources.yml: " + e.getMessage(), e);
        }
    }

    private static int newSource(KeyFolder folder, String sourceId, Map<String, String> env, PrintStream out,
                                 PrintStream err) throws GeneralSecurityException, IOException {
        if (!SOURCE_ID.matcher(sourceId).matches()) {
            err.println("keys: '" + sourceId + "' is not a source id (letters, digits, '.', '_', '-'; at most 64)");
            return ERROR;
        }
        char[] password = password(env);
        Path keystore = folder.sourceKeystore(sourceId);
        Path certificate = folder.sourceCertificate(sourceId);
        for (Path existing : new Path[] {keystore, certificate}) {
            if (Files.exists(existing)) {
                err.println("keys: " + existing + " exists; not overwritten");
                return ERROR;
            }
        }
        SealingIdentity identity = SourceCertificates.generate(sourceId);
        KeyFolder.writeIdentity(keystore, certificate, identity, password, sourceId);
        out.println("keystore (stays with the bureau, alias " + sourceId + "): " + keystore.toAbsolutePath());
        out.println("certificate: " + certificate.toAbsolutePath());
        out.println("register it with the hub: copy it to <credithub.keys.dir>/sources/" + sourceId + ".crt, or set "
                + "credentials.certificate of the source '" + sourceId + "' in the registry; then restart the hub");
        out.println("SM3 fingerprint: " + CertificateRef.of(identity.certificate()).sm3());
        return OK;
    }

    private static int inspect(Path file, String alias, Map<String, String> env, PrintStream out, PrintStream err)
            throws GeneralSecurityException, IOException {
        if (!Files.isRegularFile(file)) {
            err.println("keys: no file " + file);
            return ERROR;
        }
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".p12") && !name.endsWith(".pfx")) {
            print(out, "certificate", KeyFolder.loadCertificate(file));
            return OK;
        }
        KeyStore store = KeyStore.getInstance("PKCS12", Sm2Keys.provider());
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password(env));
        }
        for (String entry : Collections.list(store.aliases())) {
            if (alias == null || alias.equals(entry)) {
                out.println("alias: " + entry + (store.isKeyEntry(entry) ? " (private key entry)" : " (certificate entry)"));
                print(out, "certificate", (X509Certificate) store.getCertificate(entry));
            }
        }
        return OK;
    }

    static void print(PrintStream out, String what, X509Certificate certificate) {
        out.println(what + ":");
        out.println("  subject: " + certificate.getSubjectX500Principal().getName());
        out.println("  issuer: " + certificate.getIssuerX500Principal().getName());
        out.println("  serial: " + certificate.getSerialNumber().toString(16));
        out.println("  valid from: " + certificate.getNotBefore().toInstant());
        out.println("  valid to: " + certificate.getNotAfter().toInstant());
        out.println("  key: " + keyAlgorithm(certificate));
        out.println("  signature: " + certificate.getSigAlgName());
        out.println("  SM3 fingerprint (envelope signerCertificateSm3): " + CertificateRef.of(certificate).sm3());
    }

    private static String keyAlgorithm(X509Certificate certificate) {
        if (certificate.getPublicKey() instanceof ECPublicKey ec) {
            String curve = ec.getParams() instanceof org.bouncycastle.jce.spec.ECNamedCurveSpec named
                    ? named.getName() : "EC";
            return "EC " + curve + (Sm2Keys.CURVE.equals(curve) ? " (SM2)" : "");
        }
        return certificate.getPublicKey().getAlgorithm();
    }

    private static char[] password(Map<String, String> env) {
        String password = env.get(PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            throw new KeyMaterialException(PASSWORD_ENV + " is not set: keystore passwords come only from the environment");
        }
        return password.toCharArray();
    }
}
