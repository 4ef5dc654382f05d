package cn.jining.credithub.gateway.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.repository.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SFTP sources' shared memory of processed files (credithub.sftp.processed-files=database): of several nodes
 * taking the same file at once exactly one wins, a failed file can be taken again, and it survives the node (a new
 * repository on the same database still knows the file), on H2 and on the real PostgreSQL.
 */
class SharedProcessedFilesTest {

    private static final String FILE = "jn-hrss:penalties-2026-12-03.csv:1024:1764720000000";

    @TempDir
    Path dir;

    @Test
    void onH2() throws Exception {
        try (TestDatabases.H2 database = TestDatabases.H2.open(dir.resolve("files"))) {
            database.migrate();
            assertSharedAndPersistent(database.dataSource());
        }
    }

    @Test
    void onPostgreSql() throws Exception {
        try (TestDatabases.PostgreSql database = TestDatabases.PostgreSql.open("files_", "processed-file tests")) {
            Assumptions.assumeTrue(database.skipReason() == null, database.skipReason());
            database.migrate();
            assertSharedAndPersistent(database.dataSource());
        }
    }

    private static void assertSharedAndPersistent(DataSource dataSource) throws Exception {
        // Four nodes race for one file: one takes it.
        List<SharedProcessedFiles> nodes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            nodes.add(new SharedProcessedFiles(dataSource, "sftp-source"));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<Boolean>> takes = new ArrayList<>();
            for (SharedProcessedFiles node : nodes) {
                Callable<Boolean> take = () -> {
                    go.await();
                    return node.add(FILE);
                };
                takes.add(pool.submit(take));
            }
            go.countDown();
            int won = 0;
            for (Future<Boolean> take : takes) {
                won += take.get() ? 1 : 0;
            }
            assertThat(won).as("nodes that took the file").isOne();
        } finally {
            pool.shutdownNow();
        }

        // A restarted node (a new repository) still knows it; another repository name does not share it.
        assertThat(new SharedProcessedFiles(dataSource, "sftp-source").contains(FILE)).isTrue();
        assertThat(new SharedProcessedFiles(dataSource, "other").contains(FILE)).isFalse();

        // A failed file's key is removed, and the next poll, on any node, takes it again.
        assertThat(nodes.get(2).remove(FILE)).isTrue();
        assertThat(nodes.get(3).add(FILE)).isTrue();

        assertThatThrownBy(() -> nodes.get(0).add("x".repeat(1001)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer than 1000 characters");
    }
}
