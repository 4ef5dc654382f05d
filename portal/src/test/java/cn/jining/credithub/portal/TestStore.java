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

    public static TestStore create() {
        DriverManagerDataSource data = new DriverManagerDataSource("jdbc:h2:mem:portal-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(data).locations("classpath:db/portal-migration").table("portal_schema_history")
                .load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(data);
        Clock clock = Clock.system(PortalClock.ZONE);
        return new TestStore(jdbc, new FeedApplier(jdbc, new TransactionTemplate(new DataSourceTransactionManager(data)),
                clock), new PublishedStore(jdbc, clock));
    }
}
