package cn.jining.credithub.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.gateway.cli.args.CommandRunner;
import cn.jining.credithub.repository.audit.AuditEntry;
import cn.jining.credithub.repository.audit.AuditKind;
import cn.jining.credithub.repository.audit.AuditTrail;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The audit command run in-process on an H2 file repository: its output and exit codes. */
class AuditCliTest {

    @TempDir
    Path dir;
    private String url;
    private JdbcTemplate jdbc;
    private SealingIdentity identity;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void trail() throws Exception {
        url = "jdbc:h2:file:" + dir.resolve("credit") + ";DB_CLOSE_ON_EXIT=FALSE";
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        identity = DemoKeys.generate("audit-cli-test");
        AuditTrail trail = new AuditTrail(dataSource, Clock.systemUTC(), identity.signer(), 2);
        trail.append(IntStream.rangeClosed(1, 4).mapToObj(n -> AuditEntry.of(AuditKind.SUBMISSION, "ADMIN_PENALTY",
                "jn-amr", "B-1", "P-" + n, "ab".repeat(32), null, null)).toList());
        trail.append(List.of(AuditEntry.of(AuditKind.DELIVERY, "ADMIN_PENALTY", "jn-amr", "B-1", "P-2", "ab".repeat(32),
                "repository", null)));
    }

    @Test
    void anIntactChainExitsZero() {
        assertThat(run("verify", "--db-url", url)).isEqualTo(AuditCli.INTACT);
        assertThat(output()).contains("intact: 5 entries");
    }

    @Test
    void anEditedEntryExitsTwoAndNamesItsSeq() {
        jdbc.update("UPDATE audit_entry SET batch_id = 'B-X' WHERE seq = 3");

        assertThat(run("verify", "--db-url", url)).isEqualTo(AuditCli.BROKEN);
        assertThat(output()).contains("BROKEN at seq 3: ALTERED");
    }

    @Test
    void checkpointSignaturesAreCheckedWithTheCertificate() throws Exception {
        Path certificate = Files.write(dir.resolve("audit.cer"), identity.certificate().getEncoded());
        assertThat(run("verify", "--db-url", url, "--certificate", certificate.toString(), "--checkpoint-every", "2"))
                .isEqualTo(AuditCli.INTACT);

        jdbc.update("UPDATE audit_entry SET signature = NULL WHERE seq = 4");

        assertThat(run("verify", "--db-url", url, "--certificate", certificate.toString(), "--checkpoint-every", "2"))
                .isEqualTo(AuditCli.BROKEN);
        assertThat(output()).contains("BROKEN at seq 4: BAD_SIGNATURE");
    }

    @Test
    void traceListsARecordsEntries() {
        assertThat(run("trace", "ADMIN_PENALTY", "jn-amr", "P-2", "--db-url", url)).isEqualTo(AuditCli.INTACT);
        assertThat(output().lines().toList()).hasSize(2);
        assertThat(output()).contains("SUBMISSION").contains("DELIVERY\trepository");

        assertThat(run("trace", "ADMIN_PENALTY", "jn-amr", "P-9", "--db-url", url)).isEqualTo(AuditCli.ERROR);
    }

    @Test
    void badUsageAndAnUnreachableDatabaseAreErrors() {
        assertThat(run("verfiy")).isEqualTo(CommandRunner.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: audit");
        assertThat(run("verify", "--db-url", "jdbc:h2:file:" + dir.resolve("absent") + ";IFEXISTS=TRUE"))
                .isEqualTo(AuditCli.ERROR);
    }

    private int run(String... args) {
        out.reset();
        return AuditCli.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
