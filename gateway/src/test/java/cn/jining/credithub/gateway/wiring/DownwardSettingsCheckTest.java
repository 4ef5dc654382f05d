package cn.jining.credithub.gateway.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.routes.source.SourceDefinition;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Downward subscriptions of registry entries as bound from YAML, and the start-up checks that refuse bad ones. */
class DownwardSettingsCheckTest {

    private static final String AT = "credithub.sources[0] (jn-court).downward.";
    private static final String SFTP = """
            channel: sftp
            sftp:
              host: sftp.bureau.example
              directory: upload
              username: credithub
              passwordEnv: CREDITHUB_SFTP_COURT_PASSWORD
              knownHostsPath: /etc/credithub/known_hosts
              category: ADMIN_PENALTY
              idColumn: record_id
            """;
    private static final String JDBC = """
            channel: jdbc
            jdbc:
              url: jdbc:postgresql://db.bureau.example:5432/cases
              username: credithub
              table: credit_staging
              idColumn: record_id
              category: ADMIN_PENALTY
            """;

    @Test
    void eachChannelBindsItsSettings() {
        SourceDefinition rest = entry("channel: rest\ndownward:\n  channel: rest\n"
                + "  callbackUrl: https://court.example/credit/downward\n");
        SourceDefinition sftp = entry(SFTP + "downward:\n  channel: sftp\n  directory: downward\n");
        SourceDefinition jdbc = entry(JDBC + "downward:\n  channel: jdbc\n  table: cases.credit_downward\n");
        SourceRegistryFactory.create(List.of(rest));
        SourceRegistryFactory.create(List.of(sftp));
        SourceRegistryFactory.create(List.of(jdbc));

        assertThat(rest.downward().callbackUrl()).isEqualTo("https://court.example/credit/downward");
        assertThat(rest.downward().callbackTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(sftp.downward().directory()).isEqualTo("downward");
        assertThat(jdbc.downward().table()).isEqualTo("cases.credit_downward");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedEntries")
    void aMalformedSubscriptionStopsStartUpNamingEntryAndField(String name, String yaml, String message) {
        SourceDefinition source = entry(yaml);
        assertThatThrownBy(() -> SourceRegistryFactory.create(List.of(source)))
                .isInstanceOf(IllegalStateException.class).hasMessage(message);
    }

    static Stream<Arguments> refusedEntries() {
        String rest = "channel: rest\ndownward:\n";
        return Stream.of(
                Arguments.of("no channel", rest + "  callbackUrl: https://court.example/in\n",
                        AT + "channel 'null' is not one of [rest, sftp, jdbc]"),
                Arguments.of("an unknown channel", rest + "  channel: email\n",
                        AT + "channel 'email' is not one of [rest, sftp, jdbc]"),
                Arguments.of("rest without a callback", rest + "  channel: rest\n",
                        AT + "callbackUrl 'null' must be an absolute http(s) URL (where the hub POSTs each batch)"),
                Arguments.of("a callback that is no URL", rest + "  channel: rest\n  callbackUrl: court/in\n",
                        AT + "callbackUrl 'court/in' must be an absolute http(s) URL (where the hub POSTs each batch)"),
                Arguments.of("a callback over another protocol", rest + "  channel: rest\n  callbackUrl: ftp://court.example/in\n",
                        AT + "callbackUrl 'ftp://court.example/in' must be an absolute http(s) URL (where the hub POSTs "
                                + "each batch)"),
                Arguments.of("credentials in the callback", rest + "  channel: rest\n"
                                + "  callbackUrl: https://hub:s3cret@court.example/in\n",
                        AT + "callbackUrl must not carry credentials"),
                Arguments.of("a folder on the rest channel", rest + "  channel: rest\n"
                                + "  callbackUrl: https://court.example/in\n  directory: downward\n",
                        AT + "directory is only for channel: sftp"),
                Arguments.of("sftp without the source's sftp settings", rest + "  channel: sftp\n  directory: downward\n",
                        AT + "channel sftp delivers over the entry's sftp connection settings, and the entry has none "
                                + "(give sftp: host, username, ... or choose rest or jdbc)"),
                Arguments.of("an sftp folder outside the login folder", SFTP + "downward:\n  channel: sftp\n"
                                + "  directory: ../../etc\n",
                        AT + "directory '../../etc' must be a folder relative to the SFTP login folder, without '..' or "
                                + "expressions"),
                Arguments.of("the folder the hub polls", SFTP + "downward:\n  channel: sftp\n  directory: upload/\n",
                        AT + "directory must differ from sftp.directory, the folder the hub polls for the source's own "
                                + "files"),
                Arguments.of("jdbc without the source's jdbc settings", rest + "  channel: jdbc\n  table: t\n",
                        AT + "channel jdbc delivers over the entry's jdbc connection settings, and the entry has none "
                                + "(give jdbc: url, username, ... or choose rest or sftp)"),
                Arguments.of("SQL in the table name", JDBC + "downward:\n  channel: jdbc\n  table: \"t; DROP TABLE t\"\n",
                        AT + "table 't; DROP TABLE t' is not a plain SQL identifier (a letter or '_', then letters, "
                                + "digits or '_'; may be schema.table)"),
                Arguments.of("the staging table", JDBC + "downward:\n  channel: jdbc\n  table: CREDIT_STAGING\n",
                        AT + "table must differ from jdbc.table, the staging table the hub polls"));
    }

    /** The entry jn-court with the given channel lines, bound as Spring Boot binds the registry. */
    private static SourceDefinition entry(String channelLines) {
        return SourceEntryYaml.bind("jn-court", "济宁市中级人民法院", "bureau", "370800", channelLines);
    }
}
