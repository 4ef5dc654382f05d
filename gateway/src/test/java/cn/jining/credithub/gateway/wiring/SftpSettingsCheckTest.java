package cn.jining.credithub.gateway.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.routes.source.SourceDefinition;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SFTP settings of a registry entry as Spring Boot binds them from YAML, and the start-up checks on them. */
class SftpSettingsCheckTest {

    private static final String VALID = """
            host: sftp.qufu.example
            directory: /upload/penalties
            username: credithub
            passwordEnv: CREDITHUB_SFTP_QUFU_PASSWORD
            knownHostsPath: /etc/credithub/known_hosts
            category: ADMIN_PENALTY
            idColumn: 记录编号
            """;

    @Test
    void aCompleteEntryBindsWithItsDefaults() {
        SourceDefinition source = bind("channel: sftp\nsftp:\n" + VALID.indent(2));
        SourceRegistryFactory.create(java.util.List.of(source));

        SourceDefinition.Sftp sftp = source.sftp();
        assertThat(sftp.idColumn()).isEqualTo("记录编号");
        assertThat(sftp.port()).isEqualTo(22);
        assertThat(sftp.delay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(sftp.charset()).isEqualTo("UTF-8");
        assertThat(sftp.batchSize()).isEqualTo(1000);
        assertThat(sftp.doneDirectory()).isEqualTo(".done");
        assertThat(sftp.failedDirectory()).isEqualTo(".failed");
    }

    @Test
    void jsonLinesAndXmlSourcesNeedNoIdColumn() {
        for (String format : java.util.List.of("jsonl", "xml")) {
            SourceDefinition source = bind("channel: sftp\nsftp:\n"
                    + (VALID.replace("idColumn: 记录编号\n", "") + "format: " + format + "\n").indent(2));
            SourceRegistryFactory.create(java.util.List.of(source));
            assertThat(source.sftp().format()).isEqualTo(format);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedEntries")
    void aMalformedEntryStopsStartUpNamingEntryAndField(String name, String yaml, String message) {
        SourceDefinition source = bind(yaml);
        assertThatThrownBy(() -> SourceRegistryFactory.create(java.util.List.of(source)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> malformedEntries() {
        String entry = "credithub.sources[0] (qufu).";
        return Stream.of(
                Arguments.of("channel sftp without settings", "channel: sftp\n",
                        entry + "sftp is required with channel: sftp (host, directory, username, passwordEnv or "
                                + "privateKeyPath, ...)"),
                Arguments.of("settings on another channel", "channel: rest\nsftp:\n" + VALID.indent(2),
                        entry + "sftp is given but the channel is 'rest'; set channel: sftp or remove it"),
                Arguments.of("a password and a key", "channel: sftp\nsftp:\n" + (VALID + "privateKeyPath: /k\n").indent(2),
                        entry + "sftp.passwordEnv give exactly one of passwordEnv (the name of an environment variable "
                                + "holding the password) and privateKeyPath"),
                Arguments.of("a password inline", "channel: sftp\nsftp:\n"
                                + VALID.replace("CREDITHUB_SFTP_QUFU_PASSWORD", "\"s3cret!\"").indent(2),
                        entry + "sftp.passwordEnv 's3cret!' is not the name of an environment variable; put the "
                                + "password in the environment, not in the registry"),
                Arguments.of("an unsupported charset", "channel: sftp\nsftp:\n" + (VALID + "charset: Big5\n").indent(2),
                        entry + "sftp.charset 'Big5' is not one of [UTF-8, GBK, GB18030]"),
                Arguments.of("a category the source may not submit", "channel: sftp\nsftp:\n"
                                + VALID.replace("ADMIN_PENALTY", "CREDIT_LIST").indent(2),
                        entry + "sftp.category 'CREDIT_LIST' must be one of the entry's categories [ADMIN_PENALTY]"),
                Arguments.of("no known hosts", "channel: sftp\nsftp:\n"
                        + VALID.replace("knownHostsPath: /etc/credithub/known_hosts\n", "").indent(2),
                        entry + "sftp.knownHostsPath is required: the server's host key is always checked against "
                                + "this known_hosts file (its key verified with the bureau, e.g. ssh-keyscan)"),
                Arguments.of("no host", "channel: sftp\nsftp:\n" + VALID.replace("host: sftp.qufu.example\n", "").indent(2),
                        entry + "sftp.host is required"),
                Arguments.of("a done folder outside the source's", "channel: sftp\nsftp:\n"
                                + (VALID + "doneDirectory: ../other\n").indent(2),
                        entry + "sftp.doneDirectory '../other' must be a folder relative to directory, without '..' "
                                + "or expressions"),
                Arguments.of("an unknown format", "channel: sftp\nsftp:\n" + (VALID + "format: json\n").indent(2),
                        entry + "sftp.format 'json' is not one of [csv, jsonl, xml]"),
                Arguments.of("a CSV source without its id column", "channel: sftp\nsftp:\n"
                                + VALID.replace("idColumn: 记录编号\n", "").indent(2),
                        entry + "sftp.idColumn is required (the column holding the source's record id)"),
                Arguments.of("a batch larger than the intake takes", "channel: sftp\nsftp:\n"
                                + (VALID + "batchSize: 20000\n").indent(2),
                        entry + "sftp.batchSize 20000 is not between 1 and 10000"));
    }

    /** One source entry (qufu) with the given channel lines. */
    private static SourceDefinition bind(String channel) {
        return SourceEntryYaml.bind("qufu", "曲阜市", "county", "370881", channel);
    }
}
