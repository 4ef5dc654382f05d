package cn.jining.credithub.portal;

import cn.jining.credithub.portal.feed.FeedApplier;
import cn.jining.credithub.portal.store.PublishedStore;
import java.time.Clock;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** A fresh in-memory H2 store migrated by the portal's own migrations, with its applier and reader (no Spring start). */
public record TestStore(JdbcTemplate jdbc, FeedApplier applier, PublishedStore store) {

    /** A fresh in-memory H2 store. */
    public static TestStore create() {
        return on(new DriverManagerDataSource("jdbc:h2:mem:portal-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"), null);
    }

    /**
     * A store in a fresh schema of this machine's PostgreSQL (CREDITHUB_TEST_PG_URL, CREDITHUB_TEST_PG_USER, as the
     * repository's tests), or empty with the reason printed when it cannot be reached, unless
     * CREDITHUB_REQUIRE_DATABASES=true, which fails instead.
     */
    public static java.util.Optional<TestStore> postgres(String schema) {
        String url = env("CREDITHUB_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        DriverManagerDataSource data = new DriverManagerDataSource(url, env("CREDITHUB_TEST_PG_USER", "postgres"), "");
        try (java.sql.Connection connection = data.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException e) {
            String reason = "PostgreSQL not reachable at " + url + ": " + e;
            if ("true".equalsIgnoreCase(System.getenv("CREDITHUB_REQUIRE_DATABASES"))) {
                throw new AssertionError(reason + " (CREDITHUB_REQUIRE_DATABASES=true: failing instead of skipping)", e);
            }
            System.err.println("SKIPPING the portal's PostgreSQL store tests: " + reason);
            return java.util.Optional.empty();
        }
        data.setSchema(schema);
        return java.util.Optional.of(on(data, schema));
    }

    private static TestStore on(DriverManagerDataSource data, String schema) {
        var flyway = Flyway.configure().dataSource(data).locations("classpath:db/portal-migration")
                .table("portal_schema_history");
        if (schema != null) {
            flyway.schemas(schema).defaultSchema(schema);
        }
        flyway.load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(data);
        Clock clock = Clock.system(PortalClock.ZONE);
        return new TestStore(jdbc, new FeedApplier(jdbc, new TransactionTemplate(new DataSourceTransactionManager(data)),
                clock), new PublishedStore(jdbc, clock));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
