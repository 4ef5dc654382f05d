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

/** DB polling settings of a registry entry as bound from YAML, and the start-up checks that keep SQL text safe. */
class JdbcSettingsCheckTest {

    private static final String AT = "credithub.sources[0] (jn-db).";
    private static final String SETTINGS = """
            url: jdbc:postgresql://db.bureau.example:5432/cases
            username: credithub
            passwordEnv: CREDITHUB_DB_BUREAU_PASSWORD
            table: cases.credit_staging
            idColumn: record_id
            category: ADMIN_PENALTY
            """;

    @Test
    void aCompleteEntryBindsWithItsDefaults() {
        SourceDefinition source = entry("channel: jdbc\njdbc:\n" + SETTINGS.indent(2));
        SourceRegistryFactory.create(List.of(source));

        SourceDefinition.Jdbc jdbc = source.jdbc();
        assertThat(jdbc.table()).isEqualTo("cases.credit_staging");
        assertThat(jdbc.statusColumn()).isEqualTo("status");
        assertThat(jdbc.reasonColumn()).isEqualTo("reason");
        assertThat(jdbc.batchSize()).isEqualTo(500);
        assertThat(jdbc.delay()).isEqualTo(Duration.ofSeconds(30));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedEntries")
    void aMalformedEntryStopsStartUpNamingEntryAndField(String name, String yaml, String message) {
        SourceDefinition source = entry(yaml);
        assertThatThrownBy(() -> SourceRegistryFactory.create(List.of(source)))
                .isInstanceOf(IllegalStateException.class).hasMessage(message);
    }

    static Stream<Arguments> refusedEntries() {
        String identifier = " is not a plain SQL identifier (a letter or '_', then letters, digits or '_', at most 63; "
                + "a table may be schema.table)";
        return Stream.of(
                Arguments.of("channel jdbc without settings", "channel: jdbc\n",
                        AT + "jdbc is required with channel: jdbc (url, username, table, idColumn, category, ...)"),
                Arguments.of("settings on another channel", "channel: rest\njdbc:\n" + SETTINGS.indent(2),
                        AT + "jdbc is given but the channel is 'rest'; set channel: jdbc or remove it"),
                Arguments.of("SQL in the table name", with("table: cases.credit_staging", "table: \"t; DROP TABLE t\""),
                        AT + "jdbc.table 't; DROP TABLE t'" + identifier),
                Arguments.of("SQL in a column name", with("idColumn: record_id",
                                "idColumn: \"record_id OR 1=1 --\""),
                        AT + "jdbc.idColumn 'record_id OR 1=1 --'" + identifier),
                Arguments.of("a quoted status column", "channel: jdbc\njdbc:\n"
                                + (SETTINGS + "statusColumn: \"\\\"status\\\"\"\n").indent(2),
                        AT + "jdbc.statusColumn '\"status\"'" + identifier),
                Arguments.of("a password in the URL", with("cases\n", "cases?password=s3cret\n"),
                        AT + "jdbc.url must not carry a password; name an environment variable in passwordEnv"),
                Arguments.of("a password inline", with("CREDITHUB_DB_BUREAU_PASSWORD", "\"s3cret!\""),
                        AT + "jdbc.passwordEnv 's3cret!' is not the name of an environment variable; put the "
                                + "password in the environment, not in the registry"),
                Arguments.of("no table", with("table: cases.credit_staging\n", ""), AT + "jdbc.table 'null'" + identifier),
                Arguments.of("a category the source may not submit", with("category: ADMIN_PENALTY", "category: CREDIT_LIST"),
                        AT + "jdbc.category 'CREDIT_LIST' must be one of the entry's categories [ADMIN_PENALTY]"),
                Arguments.of("a batch larger than the intake takes", "channel: jdbc\njdbc:\n"
                                + (SETTINGS + "batchSize: 20000\n").indent(2),
                        AT + "jdbc.batchSize 20000 is not between 1 and 10000"));
    }

    private static String with(String setting, String replacement) {
        return "channel: jdbc\njdbc:\n" + SETTINGS.replace(setting, replacement).indent(2);
    }

    /** The entry jn-db with the given channel lines, bound as Spring Boot binds the registry. */
    private static SourceDefinition entry(String channelLines) {
        return SourceEntryYaml.bind("jn-db", "济宁市测试局", "bureau", "370800", channelLines);
    }
}
