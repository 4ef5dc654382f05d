package cn.jining.credithub.gateway.audit;

import cn.jining.credithub.contracts.seal.Sm2Keys;
import cn.jining.credithub.gateway.cli.args.CommandRunner;
import cn.jining.credithub.gateway.cli.args.HubConnection;
import cn.jining.credithub.repository.audit.AuditEntry;
import cn.jining.credithub.repository.audit.AuditTrail;
import cn.jining.credithub.repository.audit.AuditVerification;
import cn.jining.credithub.repository.audit.AuditVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.core.NestedRuntimeException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The audit command (docs/audit.md): {@code verify} walks the chain (exit 0 intact, 3 broken with the first
 * broken seq), {@code trace <category> <source> <recordId>} prints a record's entries (exit 0, or 1 if none);
 * 2 is a bad command line. {@code verify} asks the running hub (its admin API, as an operator) when one answers
 * and the operator password is set, else reads the database itself (which a running hub's H2 file refuses).
 */
@Command(name = "audit", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Verify the audit trail's hash chain, or trace a record through it.",
        footer = "The database: --db-url/--db-user, else CREDITHUB_DB_URL/CREDITHUB_DB_USER, else the H2 file under "
                + "CREDITHUB_DATA_DIR; its password only from CREDITHUB_DB_PASSWORD. The hub: --url, else "
                + "CREDITHUB_HUB_URL, else " + HubConnection.DEFAULT_URL + "; the operator password only from "
                + HubConnection.PASSWORD_ENV + ".")
public final class AuditCli implements Callable<Integer> {

    static final int INTACT = 0;
    static final int ERROR = 1;
    static final int BROKEN = 3;
    static final String VERIFY_PATH = "/api/admin/audit/verification";

    private final CommandRunner.Context context;
    @Spec
    CommandSpec spec;
    @Option(names = "--db-url", scope = ScopeType.INHERIT, paramLabel = "URL", description = "the repository's JDBC URL")
    String dbUrl;
    @Option(names = "--db-user", scope = ScopeType.INHERIT, paramLabel = "USER", description = "its user")
    String dbUser;

    AuditCli(CommandRunner.Context context) {
        this.context = context;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** The whole command without {@code System.exit}: its exit code. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        CommandRunner.Context context = new CommandRunner.Context(env, out, err);
        return CommandRunner.execute(new AuditCli(context), args, context);
    }

    @Override
    public Integer call() {
        return CommandRunner.usage(spec);
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Walk the hash chain (and checkpoint signatures with --certificate).")
    int verify(@Option(names = "--certificate", paramLabel = "FILE", description = "the checkpoint signer's "
                       + "certificate: verify the signatures too (reads the database)") Path certificate,
               @Option(names = "--checkpoint-every", paramLabel = "N", defaultValue = "0",
                       description = "the hub's checkpoint interval") int checkpointEvery,
               @Option(names = "--url", paramLabel = "URL", description = "the running hub's base URL") String url) {
        String password = context.env().get(HubConnection.PASSWORD_ENV);
        if (dbUrl == null && certificate == null && password != null && !password.isEmpty()) {
            HubConnection hub = HubConnection.of(url, context.env());
            try {
                return new HubAuditVerification(hub, context).verify(
                        context.env().getOrDefault(HubConnection.USER_ENV, "operator"), password);
            } catch (IOException e) {
                context.err().println("audit: " + hub.unreachable(e) + "; reading the database instead");
            }
        }
        return guarded(() -> verify(dataSource(), certificate, checkpointEvery, context.out()));
    }

    @Command(name = "trace", mixinStandardHelpOptions = true, description = "Print a record's audit entries.")
    int trace(@Parameters(paramLabel = "CATEGORY") String category, @Parameters(paramLabel = "SOURCE") String source,
              @Parameters(paramLabel = "RECORD_ID") String recordId) {
        return guarded(() -> trace(dataSource(), category, source, recordId, context.out()));
    }

    /** A database command, its failures one line (Spring's data exceptions wrap the driver's, which says more). */
    private int guarded(DatabaseAction action) {
        try {
            return action.run();
        } catch (DataAccessException | TransactionException | GeneralSecurityException | IOException e) {
            Throwable root = e instanceof NestedRuntimeException nested ? nested.getMostSpecificCause() : e;
            context.err().println("audit: " + e.getMessage() + (root == e ? "" : ": " + root.getMessage())
                    + "  (a running hub holds its H2 file: set " + HubConnection.PASSWORD_ENV + " to verify through it)");
            return ERROR;
        }
    }

    @FunctionalInterface
    private interface DatabaseAction {
        int run() throws GeneralSecurityException, IOException;
    }

    private DataSource dataSource() {
        Map<String, String> env = context.env();
        String dataDir = env.getOrDefault("CREDITHUB_DATA_DIR", "./data");
        String url = dbUrl != null ? dbUrl : env.getOrDefault("CREDITHUB_DB_URL",
                "jdbc:h2:file:" + dataDir + "/repository/credit;DB_CLOSE_ON_EXIT=FALSE;IFEXISTS=TRUE");
        String user = dbUser != null ? dbUser : env.getOrDefault("CREDITHUB_DB_USER", "sa");
        // SECURITY: no --db-password option; a password on the command line is visible to every local user.
        return new DriverManagerDataSource(url, user, env.getOrDefault("CREDITHUB_DB_PASSWORD", ""));
    }

    private static int verify(DataSource dataSource, Path certificate, int checkpointEvery, PrintStream out)
            throws GeneralSecurityException, IOException {
        AuditVerifier verifier = certificate == null ? new AuditVerifier(dataSource)
                : new AuditVerifier(dataSource, publicKey(certificate), checkpointEvery);
        return print(verifier.verify(), certificate != null, out);
    }

    /** The verdict as both ways of verifying print it; its exit code. */
    static int print(AuditVerification result, boolean signatures, PrintStream out) {
        if (result.ok()) {
            out.println("audit trail intact: " + result.entries() + " entries"
                    + (signatures ? ", checkpoint signatures verified" : ""));
            return INTACT;
        }
        out.println("audit trail BROKEN at seq " + result.brokenSeq() + ": " + result.problem() + " in chain "
                + result.chain() + " (its entries 1.." + result.entries() + " are intact)");
        return BROKEN;
    }

    private static int trace(DataSource dataSource, String category, String source, String recordId, PrintStream out) {
        List<AuditEntry> entries = new AuditTrail(dataSource, Clock.systemUTC(), null, 1).trace(category, source, recordId);
        for (AuditEntry e : entries) {
            out.println(e.seq() + "\t" + e.at() + "\t" + e.kind() + "\t" + (e.destination() == null ? "-" : e.destination())
                    + "\tbatch=" + e.batchId() + "\tfingerprint=" + e.fingerprint() + "\t" + e.detail());
        }
        if (entries.isEmpty()) {
            out.println("no audit entries for " + category + "/" + source + "/" + recordId);
            return ERROR;
        }
        return INTACT;
    }

    /** The checkpoint signer's public key, from its X.509 certificate (PEM or DER). */
    private static PublicKey publicKey(Path certificate) throws GeneralSecurityException, IOException {
        try (InputStream in = Files.newInputStream(certificate)) {
            return CertificateFactory.getInstance("X.509", Sm2Keys.provider()).generateCertificate(in).getPublicKey();
        }
    }
}
