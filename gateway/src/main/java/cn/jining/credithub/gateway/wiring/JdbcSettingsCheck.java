package cn.jining.credithub.gateway.wiring;

import cn.jining.credithub.adapters.jdbc.JdbcStagingSettings;
import cn.jining.credithub.routes.source.SourceDefinition;
import java.util.Locale;

/** Start-up checks of a registry entry's DB polling settings; a problem names the entry and the field. */
final class JdbcSettingsCheck {

    /** The intake's default ceiling of records per submission; one claim is one submission. */
    static final int MAX_BATCH_SIZE = 10_000;
    private static final String IDENTIFIER = JdbcStagingSettings.IDENTIFIER;

    private JdbcSettingsCheck() {
    }

    static void check(String entry, SourceDefinition source) {
        boolean jdbcChannel = "jdbc".equals(source.channel());
        require(!jdbcChannel || source.jdbc() != null, entry, "jdbc",
                "is required with channel: jdbc (url, username, table, idColumn, category, ...)");
        require(jdbcChannel || source.jdbc() == null, entry, "jdbc",
                "is given but the channel is '" + source.channel() + "'; set channel: jdbc or remove it");
        if (source.jdbc() == null) {
            return;
        }
        String at = entry + ".jdbc";
        SourceDefinition.Jdbc jdbc = source.jdbc();
        require(present(jdbc.url()) && jdbc.url().startsWith("jdbc:"), at, "url", "must be a JDBC URL (jdbc:...)");
        // SECURITY: the registry names where a secret is, never the secret itself, not even inside the URL.
        require(!jdbc.url().toLowerCase(Locale.ROOT).contains("password"), at, "url",
                "must not carry a password; name an environment variable in passwordEnv");
        require(present(jdbc.username()), at, "username", "is required");
        require(jdbc.passwordEnv() == null || jdbc.passwordEnv().matches("[A-Za-z_][A-Za-z0-9_.]*"), at,
                "passwordEnv", "'" + jdbc.passwordEnv() + "' is not the name of an environment variable; "
                        + "put the password in the environment, not in the registry");
        // SECURITY: table and column names are written into SQL text; only plain identifiers pass.
        identifier(at, "table", jdbc.table(), IDENTIFIER + "(\\." + IDENTIFIER + ")?");
        identifier(at, "idColumn", jdbc.idColumn(), IDENTIFIER);
        identifier(at, "statusColumn", jdbc.statusColumn(), IDENTIFIER);
        identifier(at, "reasonColumn", jdbc.reasonColumn(), IDENTIFIER);
        require(present(jdbc.category()) && source.categories().contains(jdbc.category()), at, "category",
                "'" + jdbc.category() + "' must be one of the entry's categories " + source.categories());
        require(jdbc.batchSize() >= 1 && jdbc.batchSize() <= MAX_BATCH_SIZE, at, "batchSize",
                jdbc.batchSize() + " is not between 1 and " + MAX_BATCH_SIZE);
        require(!jdbc.delay().isNegative() && !jdbc.delay().isZero(), at, "delay", "must be positive");
    }

    private static void identifier(String at, String field, String value, String pattern) {
        require(value != null && value.matches(pattern), at, field, "'" + value + "' is not a plain SQL identifier ("
                + "a letter or '_', then letters, digits or '_', at most 63; a table may be schema.table)");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void require(boolean condition, String at, String field, String message) {
        if (!condition) {
            throw new IllegalStateException(at + "." + field + " " + message);
        }
    }
}
