package cn.jining.credithub.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database a bureau's staging table may live on, for tests: H2 in memory, the PostgreSQL and the MariaDB
 * of this machine ({@code CREDITHUB_TEST_PG_URL} / {@code CREDITHUB_TEST_MARIADB_URL} override). A server that
 * cannot be reached skips the test with the reason, or fails it with {@code CREDITHUB_REQUIRE_DATABASES=true}.
 */
public enum StagingDatabase {

    H2("\"", "VARCHAR(2000)", ""),
    POSTGRESQL("\"", "VARCHAR(2000)", ""),
    // TEXT: MariaDB limits a row's inline columns to 64 KiB, which twenty VARCHAR(2000) in utf8mb4 exceed.
    MARIADB("`", "TEXT", " DEFAULT CHARSET=utf8mb4");

    private final String quote;
    private final String textType;
    private final String tableOptions;

    StagingDatabase(String quote, String textType, String tableOptions) {
        this.quote = quote;
        this.textType = textType;
        this.tableOptions = tableOptions;
    }

    public String url() {
        return switch (this) {
            case H2 -> "jdbc:h2:mem:staging;DB_CLOSE_DELAY=-1";
            case POSTGRESQL -> env("CREDITHUB_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
            case MARIADB -> env("CREDITHUB_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
        };
    }

    public String username() {
        return switch (this) {
            case H2 -> "sa";
            case POSTGRESQL -> env("CREDITHUB_TEST_PG_USER", "postgres");
            case MARIADB -> env("CREDITHUB_TEST_MARIADB_USER", "root");
        };
    }

    /** The data source, or the test skipped (failed when databases are required) when it cannot be reached. */
    public DataSource open() throws SQLException {
        DataSource dataSource = switch (this) {
            case H2 -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL(url());
                h2.setUser(username());
                yield h2;
            }
            case POSTGRESQL -> {
                PGSimpleDataSource pg = new PGSimpleDataSource();
                pg.setUrl(url());
                pg.setUser(username());
                yield pg;
            }
            case MARIADB -> {
                MariaDbDataSource maria = new MariaDbDataSource(url());
                maria.setUser(username());
                yield maria;
            }
        };
        try (Connection probe = dataSource.getConnection()) {
            return dataSource;
        } catch (SQLException e) {
            String reason = this + " at " + url() + " is unreachable (" + e.getMessage() + ")";
            if ("true".equals(System.getenv("CREDITHUB_REQUIRE_DATABASES"))) {
                Assertions.fail(reason + " and CREDITHUB_REQUIRE_DATABASES=true");
            }
            System.out.println("SKIPPED: " + reason);
            Assumptions.abort(reason);
            return null;
        }
    }

    /** A fresh table name for one test, so runs never see each other's rows. */
    public static String freshTable() {
        return "staging_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** Creates a staging table: id, status and reason unquoted; the data columns quoted, as named. */
    public void createTable(DataSource dataSource, String table, Iterable<String> dataColumns, int reasonSize)
            throws SQLException {
        StringBuilder sql = new StringBuilder("CREATE TABLE " + table + " (id VARCHAR(64) PRIMARY KEY, "
                + "status VARCHAR(16), reason VARCHAR(" + reasonSize + ")");
        dataColumns.forEach(column -> sql.append(", ").append(quote(column)).append(' ').append(textType));
        execute(dataSource, sql.append(')').append(tableOptions).toString());
    }

    public String quote(String column) {
        return quote + column + quote;
    }

    public static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
