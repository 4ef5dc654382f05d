package cn.jining.credithub.repository;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assertions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The two databases the repository's tests run against: an H2 file database (the embedded default) and the
 * PostgreSQL on this machine (production).
 *
 * <p>PostgreSQL is found at {@code CREDITHUB_TEST_PG_URL} (default {@value #DEFAULT_PG_URL}) as
 * {@code CREDITHUB_TEST_PG_USER} (default {@code postgres}); each handle gets its own schema, dropped on close.
 * When PostgreSQL cannot be reached the handle carries a skip reason instead, unless
 * {@code CREDITHUB_REQUIRE_DATABASES=true} (as in CI), when opening it fails.
 */
public final class TestDatabases {

    public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private TestDatabases() {
    }

    /** A database opened for a test class: migrated by the real Flyway migration, closed at the end. */
    public interface Database extends AutoCloseable {

        /** The data source; null when the database cannot be reached (see {@link #skipReason}). */
        DataSource dataSource();

        /** Why the tests are to be skipped; null when the database is there. */
        default String skipReason() {
            return null;
        }

        /** Applies the hub's Flyway migration ({@code classpath:db/migration}); nothing when skipped. */
        default void migrate() {
            if (dataSource() != null) {
                flyway(Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration")).load().migrate();
            }
        }

        default FluentConfiguration flyway(FluentConfiguration configuration) {
            return configuration;
        }

        @Override
        void close() throws SQLException;
    }

    /** An H2 file database, kept open by one held connection until {@link #close}, which shuts it down. */
    public static final class H2 implements Database {

        private final JdbcDataSource dataSource;
        private final Connection keepOpen;

        private H2(JdbcDataSource dataSource, Connection keepOpen) {
            this.dataSource = dataSource;
            this.keepOpen = keepOpen;
        }

        /** Opens (creating) the H2 file database {@code file} (a path without the {@code .mv.db} suffix). */
        public static H2 open(Path file) throws SQLException {
            JdbcDataSource dataSource = new JdbcDataSource();
            // As the hub configures it (config/application.yml), in the test's own folder.
            dataSource.setURL("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE");
            dataSource.setUser("sa");
            dataSource.setPassword("");
            // Without a pool every connection would reopen the file; one held connection keeps it open.
            return new H2(dataSource, dataSource.getConnection());
        }

        @Override
        public DataSource dataSource() {
            return dataSource;
        }

        @Override
        public void close() throws SQLException {
            try (Statement statement = keepOpen.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            keepOpen.close();
        }
    }

    /**
     * A fresh schema of its own on the local PostgreSQL, dropped (CASCADE) on {@link #close}; or, when
     * PostgreSQL cannot be reached, no data source and a {@link #skipReason}.
     */
    public static final class PostgreSql implements Database {

        private final String url = env("CREDITHUB_TEST_PG_URL", DEFAULT_PG_URL);
        private final String user = env("CREDITHUB_TEST_PG_USER", "postgres");
        private final String schema;
        private final PGSimpleDataSource admin;
        private DataSource dataSource;
        private String skipReason;

        private PostgreSql(String schemaPrefix) {
            schema = schemaPrefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            admin = postgres();
        }

        /**
         * Creates a schema named {@code schemaPrefix} plus random characters. When PostgreSQL cannot be
         * reached this fails if {@code CREDITHUB_REQUIRE_DATABASES=true}; otherwise it prints
         * "SKIPPING the {@code tests}: reason" and returns a handle whose {@link #skipReason} is set.
         */
        public static PostgreSql open(String schemaPrefix, String tests) throws SQLException {
            PostgreSql database = new PostgreSql(schemaPrefix);
            try (Connection probe = database.admin.getConnection()) {
                // reachable
            } catch (SQLException e) {
                database.unreachable(e, tests);
                return database;
            }
            try (Connection connection = database.admin.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + database.schema);
            }
            PGSimpleDataSource dataSource = database.postgres();
            dataSource.setCurrentSchema(database.schema);
            database.dataSource = dataSource;
            return database;
        }

        /** The data source on the schema; null when PostgreSQL cannot be reached. */
        @Override
        public DataSource dataSource() {
            return dataSource;
        }

        public String schema() {
            return schema;
        }

        @Override
        public String skipReason() {
            return skipReason;
        }

        /** Migrates into the handle's own schema. */
        @Override
        public FluentConfiguration flyway(FluentConfiguration configuration) {
            return configuration.schemas(schema).defaultSchema(schema);
        }

        @Override
        public void close() throws SQLException {
            if (dataSource == null) {
                return;
            }
            try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException e) {
                if (isReachable()) {
                    throw e;
                }
            }
        }

        private PGSimpleDataSource postgres() {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setConnectTimeout(5);
            dataSource.setLoginTimeout(10);
            dataSource.setURL(url);
            dataSource.setUser(user);
            return dataSource;
        }

        private boolean isReachable() {
            try (Connection probe = admin.getConnection()) {
                return true;
            } catch (SQLException e) {
                return false;
            }
        }

        private void unreachable(SQLException cause, String tests) {
            String reason = "PostgreSQL not reachable at " + url + ": " + cause;
            if ("true".equalsIgnoreCase(System.getenv("CREDITHUB_REQUIRE_DATABASES"))) {
                Assertions.fail(reason + " (CREDITHUB_REQUIRE_DATABASES=true: failing instead of skipping)", cause);
            }
            System.err.println("SKIPPING the " + tests + ": " + reason);
            skipReason = reason;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
