package cn.jining.credithub.portal.feed;

import cn.jining.credithub.portal.TestStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * The applier's scenarios on PostgreSQL (the production store), in a schema of their own; skipped with the reason
 * when PostgreSQL is unreachable, unless CREDITHUB_REQUIRE_DATABASES=true.
 */
class PostgresFeedApplierTest extends FeedApplierTest {

    private static final String SCHEMA = "portal_feed_test";

    @Override
    TestStore newStore() {
        return TestStore.postgres(SCHEMA).orElse(null);
    }

    @BeforeEach
    void reachable() {
        Assumptions.assumeTrue(store != null, "PostgreSQL not reachable (see the SKIPPING line)");
    }
}
