package cn.jining.credithub.gateway.audit;

import cn.jining.credithub.contracts.seal.Sm2Keys;
import cn.jining.credithub.repository.audit.AuditEntry;
import cn.jining.credithub.repository.audit.AuditTrail;
import cn.jining.credithub.repository.audit.AuditVerification;
import cn.jining.credithub.repository.audit.AuditVerifier;
import cn.jining.credithub.gateway.cli.args.CliArguments;
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
import javax.sql.DataSource;
import org.springframework.core.NestedRuntimeException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionException;

/**
 * The audit command (docs/audit.md): {@code verify} walks the chain (exit 0 intact, 2 broken with the first
 * broken seq), {@code trace <category> <source> <recordId>} prints a record's entries (exit 0, or 1 if none).
 */
public final class AuditCli {

    static final int INTACT = 0;
    static final int ERROR = 1;
    static final int BROKEN = 2;
    private static final String USAGE = "usage: AuditCli verify|trace <category> <source> <recordId> "
            + "[--db-url URL] [--db-user USER] [--certificate FILE --checkpoint-every N]   "
            + "(defaults: CREDITHUB_DB_URL, CREDITHUB_DB_USER; password only from CREDITHUB_DB_PASSWORD)";

    private AuditCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** The whole command without {@code System.exit}: its exit code. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        CliArguments arguments = CliArguments.parse(args);
        List<String> positional = arguments.positional();
        Map<String, String> options = arguments.options();
        boolean verify = positional.size() == 1 && positional.get(0).equals("verify");
        boolean trace = positional.size() == 4 && positional.get(0).equals("trace");
        if (!verify && !trace) {
            err.println(USAGE);
            return ERROR;
        }
        try {
            DataSource dataSource = dataSource(options, env);
            return verify ? verify(dataSource, options, out)
                    : trace(dataSource, positional.get(1), positional.get(2), positional.get(3), out);
        } catch (DataAccessException | TransactionException | GeneralSecurityException | IOException
                 | NumberFormatException e) {
            // Spring's data exceptions wrap the driver's; its message says what is actually wrong.
            Throwable root = e instanceof NestedRuntimeException nested ? nested.getMostSpecificCause() : e;
            err.println("audit: " + e.getMessage() + (root == e ? "" : ": " + root.getMessage()));
            return ERROR;
        }
    }

    private static int verify(DataSource dataSource, Map<String, String> options, PrintStream out)
            throws GeneralSecurityException, IOException {
        String certificate = options.get("certificate");
        AuditVerifier verifier = certificate == null ? new AuditVerifier(dataSource)
                : new AuditVerifier(dataSource, publicKey(Path.of(certificate)),
                        Integer.parseInt(options.getOrDefault("checkpoint-every", "0")));
        AuditVerification result = verifier.verify();
        if (result.ok()) {
            out.println("audit trail intact: " + result.entries() + " entries"
                    + (certificate == null ? "" : ", checkpoint signatures verified"));
            return INTACT;
        }
        out.println("audit trail BROKEN at seq " + result.brokenSeq() + ": " + result.problem()
                + " (entries 1.." + result.entries() + " are intact)");
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

    private static DataSource dataSource(Map<String, String> options, Map<String, String> env) {
        String dataDir = env.getOrDefault("CREDITHUB_DATA_DIR", "./data");
        String url = options.getOrDefault("db-url", env.getOrDefault("CREDITHUB_DB_URL",
                "jdbc:h2:file:" + dataDir + "/repository/credit;DB_CLOSE_ON_EXIT=FALSE;IFEXISTS=TRUE"));
        String user = options.getOrDefault("db-user", env.getOrDefault("CREDITHUB_DB_USER", "sa"));
        // SECURITY: no --db-password option; a password on the command line is visible to every local user.
        return new DriverManagerDataSource(url, user, env.getOrDefault("CREDITHUB_DB_PASSWORD", ""));
    }

    /** The checkpoint signer's public key, from its X.509 certificate (PEM or DER). */
    private static PublicKey publicKey(Path certificate) throws GeneralSecurityException, IOException {
        try (InputStream in = Files.newInputStream(certificate)) {
            return CertificateFactory.getInstance("X.509", Sm2Keys.provider()).generateCertificate(in).getPublicKey();
        }
    }
}
