package cn.jining.credithub.adapters.jdbc;

/**
 * What the poller needs of a source's staging table. Table and column names are put into SQL text, so they
 * must be plain identifiers (checked at start-up by the hub and again here).
 */
public record JdbcStagingSettings(String sourceId, String table, String idColumn, String statusColumn,
                                  String reasonColumn, String category, int batchSize) {

    /** A plain, unquoted SQL identifier; a table may be qualified by its schema. */
    public static final String IDENTIFIER = "[A-Za-z_][A-Za-z0-9_]{0,62}";

    public JdbcStagingSettings {
        // SECURITY: the last line of defence against SQL injection through configuration.
        require(table.matches(IDENTIFIER + "(\\." + IDENTIFIER + ")?"), "table", table);
        require(idColumn.matches(IDENTIFIER), "idColumn", idColumn);
        require(statusColumn.matches(IDENTIFIER), "statusColumn", statusColumn);
        require(reasonColumn.matches(IDENTIFIER), "reasonColumn", reasonColumn);
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive, not " + batchSize);
        }
    }

    private static void require(boolean condition, String field, String value) {
        if (!condition) {
            throw new IllegalArgumentException(field + " '" + value + "' is not a plain SQL identifier");
        }
    }
}
