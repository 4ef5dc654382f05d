package cn.jining.credithub.repository.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.repository.TestDatabases;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The replay memory of pushed batch ids (migration V4) on H2 and PostgreSQL: first time wins, pairs are distinct. */
class ReceivedBatchStoreTest {

    @Nested
    @DisplayName("on H2 (file database)")
    class H2 extends Contract {

        @TempDir
        static Path dataDir;

        @Override
        TestDatabases.Database openDatabase() throws SQLException {
            return TestDatabases.H2.open(dataDir.resolve("batches"));
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    class PostgreSql extends Contract {

        @Override
        TestDatabases.Database openDatabase() throws SQLException {
            return TestDatabases.PostgreSql.open("credithub_batches_", "PostgreSQL received-batch tests");
        }
    }

    /** What every database must do. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {

        private static final Instant FIRST = Instant.parse("2026-11-26T04:00:00.123Z");
        private TestDatabases.Database database;
        private ReceivedBatchStore store;

        abstract TestDatabases.Database openDatabase() throws Exception;

        @BeforeAll
        void migrate() throws Exception {
            database = openDatabase();
            database.migrate();
            if (database.dataSource() != null) {
                store = new ReceivedBatchStore(database.dataSource());
            }
        }

        @AfterAll
        void close() throws Exception {
            if (database != null) {
                database.close();
            }
        }

        @BeforeEach
        void empty() {
            Assumptions.assumeTrue(database.skipReason() == null, database.skipReason());
            new JdbcTemplate(database.dataSource()).update("DELETE FROM received_batch");
        }

        @Test
        void aRememberedBatchIsFoundWithItsFirstReceiptTime() {
            assertThat(store.receivedAt("jn-amr", "b-1")).isEmpty();
            store.remember("jn-amr", "b-1", FIRST);
            store.remember("jn-amr", "b-1", FIRST.plusSeconds(60));
            assertThat(store.receivedAt("jn-amr", "b-1")).contains(FIRST);
        }

        @Test
        void theSameBatchIdOfAnotherSourceIsAnotherBatch() {
            store.remember("jn-amr", "b-1", FIRST);
            assertThat(store.receivedAt("jn-tax", "b-1")).isEmpty();
            assertThat(store.receivedAt("jn-amr", "b-2")).isEmpty();
        }
    }
}
