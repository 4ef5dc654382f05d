package cn.jining.credithub.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.gateway.HubTestSupport;
import cn.jining.credithub.gateway.cli.args.CommandRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's command line as an operator meets it: generated help on every command and subcommand, unknown
 * options refused with the usage (exit 2), and {@code submit} naming the hub it could not reach, without a trace.
 */
class HubCliTest {

    private static final String PASSWORD = "cli-test-password";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir
    Path dir;

    @Test
    void everyCommandAndSubcommandHasGeneratedHelp() {
        String[][] helps = {{"audit", "--help"}, {"audit", "verify", "--help"}, {"audit", "trace", "--help"},
                {"dead-letters", "--help"}, {"dead-letters", "list", "--help"}, {"dead-letters", "show", "--help"},
                {"dead-letters", "replay", "--help"}, {"dead-letters", "discard", "--help"}, {"keys", "--help"},
                {"keys", "demo", "--help"}, {"keys", "new-source", "--help"}, {"keys", "inspect", "--help"},
                {"submit", "--help"}};
        for (String[] args : helps) {
            assertThat(run(Map.of(), args)).as(String.join(" ", args)).isZero();
            assertThat(output()).as(String.join(" ", args))
                    .startsWith("Usage: " + String.join(" ", java.util.Arrays.copyOf(args, args.length - 1)));
        }
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(output()).contains("audit, dead-letters, keys, submit");
    }

    @Test
    void anUnknownOptionIsAnErrorWithTheUsage() {
        assertThat(run(Map.of(), "audit", "verify", "--db-ulr", "jdbc:h2:mem:x")).isEqualTo(CommandRunner.USAGE);
        assertThat(errors()).contains("Unknown options: '--db-ulr'").contains("Usage: audit verify");
        assertThat(run(Map.of(), "dead-letters", "list", "--al")).isEqualTo(CommandRunner.USAGE);
        assertThat(run(Map.of(), "keys", "demo", "--dri", dir.toString())).isEqualTo(CommandRunner.USAGE);
        assertThat(run(Map.of(), "submit", "x.json", "--source", "jn-amr")).isEqualTo(CommandRunner.USAGE);
        assertThat(errors()).contains("Missing required option: '--keystore=FILE.p12'");
        assertThat(run(Map.of(), "dead-letters", "replay", "12", "--all")).isEqualTo(CommandRunner.USAGE);
    }

    @Test
    void submitNamesTheHubItCannotReach() throws Exception {
        Map<String, String> env = Map.of("CREDITHUB_KEYSTORE_PASSWORD", PASSWORD);
        assertThat(run(env, "keys", "new-source", "jn-cli", "--dir", dir.toString())).isZero();
        Path batch = Files.writeString(dir.resolve("batch.json"), "{\"sourceId\":\"jn-cli\",\"batchId\":\"b\",\"records\":[]}");
        String down = "http://127.0.0.1:" + HubTestSupport.freePort();

        assertThat(run(Map.of("CREDITHUB_KEYSTORE_PASSWORD", PASSWORD, "CREDITHUB_HUB_URL", down), "submit",
                batch.toString(), "--source", "jn-cli", "--keystore", dir.resolve("sources/jn-cli.p12").toString()))
                .isEqualTo(1);
        assertThat(errors()).startsWith("submit: cannot reach the hub at " + down).doesNotContain("\tat ");

        // --url wins over the environment; a full submissions URL (as the option once took) names the same hub.
        assertThat(run(Map.of("CREDITHUB_KEYSTORE_PASSWORD", PASSWORD, "CREDITHUB_HUB_URL", "http://127.0.0.1:1"), "submit",
                batch.toString(), "--source", "jn-cli", "--keystore", dir.resolve("sources/jn-cli.p12").toString(),
                "--url", down + "/api/v1/submissions")).isEqualTo(1);
        assertThat(errors()).startsWith("submit: cannot reach the hub at " + down + " (");
    }

    private int run(Map<String, String> env, String... args) {
        out.reset();
        err.reset();
        HubCli.Command command = HubCli.command(args).orElseThrow();
        return command.run(java.util.Arrays.copyOfRange(args, 1, args.length), env,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
