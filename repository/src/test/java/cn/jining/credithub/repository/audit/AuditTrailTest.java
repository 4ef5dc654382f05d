package cn.jining.credithub.repository.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.contracts.seal.Signer;
import cn.jining.credithub.repository.TestDatabases;
import cn.jining.credithub.repository.audit.AuditVerification.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail's contract on both databases (as CreditRecordStoreTest: H2 file database and the local
 * PostgreSQL in a schema of its own, skipped when unreachable unless CREDITHUB_REQUIRE_DATABASES=true).
 */
class AuditTrailTest {

    @Nested
    @DisplayName("on H2 (file database)")
    class H2 extends Contract {

        @TempDir
        static Path dataDir;

        @Override
        TestDatabases.Database openDatabase() throws SQLException {
            return TestDatabases.H2.open(dataDir.resolve("audit"));
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    class PostgreSql extends Contract {

        @Override
        TestDatabases.Database openDatabase() throws SQLException {
            return TestDatabases.PostgreSql.open("credithub_audit_", "PostgreSQL audit tests");
        }
    }

    /** What every database must do. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {

        static final String CATEGORY = "ADMIN_PENALTY";
        static final String SOURCE = "jn-amr";
        static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T04:00:00.123456Z"), ZoneOffset.UTC);

        private TestDatabases.Database database;
        private DataSource dataSource;
        private JdbcTemplate jdbc;
        private AuditTrail trail;
        private final List<AuditTrail> trails = new ArrayList<>();

        abstract TestDatabases.Database openDatabase() throws Exception;

        @BeforeAll
        void migrate() throws Exception {
            database = openDatabase();
            database.migrate();
            dataSource = database.dataSource();
            if (dataSource != null) {
                jdbc = new JdbcTemplate(dataSource);
            }
        }

        @AfterAll
        void close() throws Exception {
            if (database != null) {
                database.close();
            }
        }

        /** Skips every test when the database cannot be reached, each one reported as skipped. */
        @BeforeEach
        void emptyTrail() {
            Assumptions.assumeTrue(database.skipReason() == null, database.skipReason());
            jdbc.update("DELETE FROM audit_entry");
            jdbc.update("DELETE FROM audit_node_head");
            jdbc.update("DELETE FROM audit_anchor");
            jdbc.update("UPDATE audit_anchor_head SET seq = 0, hash = ? WHERE id = 1", "0".repeat(64));
            trail = trail(AuditTrail.DEFAULT_NODE, null, 1000);
        }

        @AfterEach
        void closeTrails() {
            trails.forEach(AuditTrail::close);
            trails.clear();
        }

        /** A trail that anchors only when told (the tests call anchor()), closed after the test. */
        AuditTrail trail(String node, Signer signer, int checkpointEvery) {
            AuditTrail opened = new AuditTrail(dataSource, CLOCK, signer, checkpointEvery, node, Duration.ofHours(1));
            trails.add(opened);
            return opened;
        }

        @Test
        void appendsChainEachEntryToTheOneBefore() {
            List<AuditEntry> first = trail.append(submissions("B-1", 1, 3));
            List<AuditEntry> second = trail.append(submissions("B-2", 4, 2));

            assertThat(first).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L);
            assertThat(second).extracting(AuditEntry::seq).containsExactly(4L, 5L);
            assertThat(first.get(0).prevHash()).isEqualTo("0".repeat(64));
            assertThat(second.get(0).prevHash()).isEqualTo(first.get(2).hash());
            // The definition of docs/audit.md, rebuilt by hand for entry 4.
            AuditEntry fourth = second.get(0);
            String json = "{\"at\":\"2026-11-26T04:00:00.123Z\",\"batchId\":\"B-2\",\"category\":\"ADMIN_PENALTY\","
                    + "\"detail\":\"{}\",\"fingerprint\":\"" + fourth.fingerprint() + "\",\"kind\":\"SUBMISSION\","
                    + "\"recordId\":\"P-4\",\"seq\":4,\"sourceId\":\"jn-amr\"}";
            assertThat(fourth.hash()).isEqualTo(Fingerprint.sm3Hex(
                    (first.get(2).hash() + json).getBytes(StandardCharsets.UTF_8)));
            assertThat(new AuditVerifier(dataSource).verify()).isEqualTo(AuditVerification.intact(5));
        }

        @Test
        void anEditedRowIsNamedByItsSeq() {
            trail.append(submissions("B-1", 1, 5));

            jdbc.update("UPDATE audit_entry SET detail = ? WHERE seq = 3", "{\"note\":\"harmless\"}");

            assertThat(new AuditVerifier(dataSource).verify()).isEqualTo(new AuditVerification(2, 3L, Problem.ALTERED));
        }

        @Test
        void aDeletedRowIsNamedByItsSeq() {
            trail.append(submissions("B-1", 1, 5));

            jdbc.update("DELETE FROM audit_entry WHERE seq = 2");

            assertThat(new AuditVerifier(dataSource).verify()).isEqualTo(new AuditVerification(1, 2L, Problem.MISSING));
        }

        @Test
        void aDeletedTailIsDetectedThroughTheHead() {
            trail.append(submissions("B-1", 1, 5));

            jdbc.update("DELETE FROM audit_entry WHERE seq >= 4");

            assertThat(new AuditVerifier(dataSource).verify()).isEqualTo(new AuditVerification(3, 4L, Problem.MISSING));
        }

        @Test
        void twoRowsSwappedAreDetected() {
            trail.append(submissions("B-1", 1, 5));

            jdbc.update("UPDATE audit_entry SET seq = -1 WHERE seq = 2");
            jdbc.update("UPDATE audit_entry SET seq = 2 WHERE seq = 3");
            jdbc.update("UPDATE audit_entry SET seq = 3 WHERE seq = -1");

            assertThat(new AuditVerifier(dataSource).verify()).isEqualTo(new AuditVerification(1, 2L, Problem.BROKEN_LINK));
        }

        @Test
        void concurrentAppendersKeepOneChain() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> writers = IntStream.range(0, 4).<Future<?>>mapToObj(w -> pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        trail.append(submissions("W-" + w + "-" + i, i * 2, 2));
                    }
                })).toList();
                for (Future<?> writer : writers) {
                    writer.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(new AuditVerifier(dataSource).verify()).isEqualTo(AuditVerification.intact(80));
        }

        @Test
        void traceGivesARecordFromSubmissionToDelivery() {
            trail.append(submissions("B-1", 1, 3));
            trail.append(List.of(AuditEntry.of(AuditKind.DELIVERY, CATEGORY, SOURCE, "B-1", "P-2", fingerprint(2),
                    "repository", null)));

            List<AuditEntry> trace = trail.trace(CATEGORY, SOURCE, "P-2");

            assertThat(trace).extracting(AuditEntry::kind).containsExactly(AuditKind.SUBMISSION, AuditKind.DELIVERY);
            assertThat(trace).extracting(AuditEntry::seq).containsExactly(2L, 4L);
            assertThat(trace.get(1).destination()).isEqualTo("repository");
            assertThat(trace).allSatisfy(e -> assertThat(e.fingerprint()).isEqualTo(fingerprint(2)));
            assertThat(trail.trace(CATEGORY, "other", "P-2")).isEmpty();
        }

        @Test
        void checkpointSignaturesVerifyAndARewrittenChainFailsThem() throws GeneralSecurityException {
            SealingIdentity hub = DemoKeys.generate("credit-hub-audit");
            AuditTrail signing = trail(AuditTrail.DEFAULT_NODE, hub.signer(), 3);
            signing.append(submissions("B-1", 1, 7));
            var key = hub.certificate().getPublicKey();
            assertThat(jdbc.queryForList("SELECT seq FROM audit_entry WHERE signature IS NOT NULL ORDER BY seq",
                    Long.class)).containsExactly(3L, 6L);
            assertThat(new AuditVerifier(dataSource, key, 3).verify()).isEqualTo(AuditVerification.intact(7));
            assertThat(new AuditVerifier(dataSource, DemoKeys.generate("impostor").certificate().getPublicKey(), 3)
                    .verify()).isEqualTo(new AuditVerification(2, 3L, Problem.BAD_SIGNATURE));

            // An insider edits entry 2 and recomputes every hash after it: the chain holds, the checkpoint does not.
            rewriteFrom(2, "{\"note\":\"rewritten\"}");
            assertThat(new AuditVerifier(dataSource).verify().ok()).isTrue();
            assertThat(new AuditVerifier(dataSource, key, 3).verify())
                    .isEqualTo(new AuditVerification(2, 3L, Problem.BAD_SIGNATURE));
            // Stripping the signatures does not help when the interval is known.
            jdbc.update("UPDATE audit_entry SET signature = NULL");
            assertThat(new AuditVerifier(dataSource, key, 3).verify().brokenSeq()).isEqualTo(3L);
        }

        @Test
        void aGroupCommittedAppendReturnsOnlyOnceItsEntriesAreCommitted() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<Future<?>> callers = IntStream.range(0, 16).<Future<?>>mapToObj(c -> pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        String batch = "G-" + c + "-" + i;
                        List<AuditEntry> stored = trail.append(submissions(batch, i, 1));
                        // Read on another connection: what append returned is already committed.
                        assertThat(jdbc.queryForObject("SELECT hash FROM audit_entry WHERE batch_id = ?", String.class,
                                batch).trim()).isEqualTo(stored.get(0).hash());
                    }
                })).toList();
                for (Future<?> caller : callers) {
                    caller.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(new AuditVerifier(dataSource).verify()).isEqualTo(AuditVerification.intact(320));
        }

        @Test
        void aBadAppendFailsOnlyItsOwnCaller() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<AuditEntry>>> good = IntStream.range(0, 8).mapToObj(c -> pool.submit(
                        () -> trail.append(submissions("OK-" + c, c, 2)))).toList();
                // Longer than the category column: the database refuses this entry, and only this one.
                assertThatThrownBy(() -> trail.append(List.of(AuditEntry.of(AuditKind.SUBMISSION, "X".repeat(65),
                        SOURCE, "BAD", "P-1", fingerprint(1), null, null)))).isInstanceOf(RuntimeException.class);
                for (Future<List<AuditEntry>> caller : good) {
                    assertThat(caller.get(60, TimeUnit.SECONDS)).hasSize(2);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(new AuditVerifier(dataSource).verify()).isEqualTo(AuditVerification.intact(16));
        }

        @Test
        void anAppendInsideATransactionJoinsItAndRollsBackWithIt() {
            TransactionTemplate outer = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            trail.append(submissions("B-1", 1, 2));

            assertThatThrownBy(() -> outer.executeWithoutResult(status -> {
                trail.append(List.of(AuditEntry.of(AuditKind.DELIVERY, CATEGORY, SOURCE, "B-1", "P-1", fingerprint(1),
                        "repository", null)));
                throw new IllegalStateException("the write it audits failed");
            })).hasMessage("the write it audits failed");
            outer.executeWithoutResult(status -> trail.append(submissions("B-2", 3, 1)));

            assertThat(jdbc.queryForList("SELECT batch_id FROM audit_entry ORDER BY seq", String.class))
                    .containsExactly("B-1", "B-1", "B-2");
            assertThat(new AuditVerifier(dataSource).verify()).isEqualTo(AuditVerification.intact(3));
        }

        @Test
        void nodesKeepChainsOfTheirOwnAnchoredIntoOneCommonChain() throws Exception {
            AuditTrail a = trail("node-a", null, 1000);
            AuditTrail b = trail("node-b", null, 1000);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> writers = IntStream.range(0, 4).<Future<?>>mapToObj(w -> pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        (w % 2 == 0 ? a : b).append(submissions("W-" + w + "-" + i, i, 2));
                        if (i % 3 == 0) {
                            (w % 2 == 0 ? a : b).anchor();
                        }
                    }
                })).toList();
                for (Future<?> writer : writers) {
                    writer.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            a.anchor();
            b.anchor();

            assertThat(jdbc.queryForList("SELECT MAX(seq) FROM audit_entry GROUP BY node_id ORDER BY node_id", Long.class))
                    .containsExactly(40L, 40L);
            assertThat(jdbc.queryForList("SELECT MAX(node_seq) FROM audit_anchor GROUP BY node_id ORDER BY node_id",
                    Long.class)).containsExactly(40L, 40L);
            assertThat(new AuditVerifier(dataSource).verify()).isEqualTo(AuditVerification.intact(80));
        }

        @Test
        void aChainRewrittenAfterItsAnchorIsNamedAtTheAnchoredEntry() {
            trail.append(submissions("B-1", 1, 4));
            AuditAnchor anchor = trail.anchor();
            trail.append(submissions("B-2", 5, 2));
            assertThat(anchor.nodeSeq()).isEqualTo(4L);
            assertThat(new AuditVerifier(dataSource).verify()).isEqualTo(AuditVerification.intact(6));

            // An insider rewrites entry 2 and every hash after it: the node's chain holds, its anchor does not.
            rewriteFrom(2, "{\"note\":\"rewritten\"}");

            assertThat(new AuditVerifier(dataSource).verify())
                    .isEqualTo(new AuditVerification(3, 4L, Problem.ANCHOR_MISMATCH, AuditTrail.DEFAULT_NODE));
        }

        @Test
        void anAlteredOrDeletedAnchorIsNamedOnTheCommonChain() {
            trail.append(submissions("B-1", 1, 2));
            trail.anchor();
            trail.append(submissions("B-2", 3, 2));
            trail.anchor();

            jdbc.update("UPDATE audit_anchor SET node_seq = 3 WHERE seq = 2");
            assertThat(new AuditVerifier(dataSource).verify())
                    .isEqualTo(new AuditVerification(1, 2L, Problem.ALTERED, AuditVerification.ANCHORS));
            jdbc.update("DELETE FROM audit_anchor WHERE seq = 2");
            assertThat(new AuditVerifier(dataSource).verify())
                    .isEqualTo(new AuditVerification(1, 2L, Problem.MISSING, AuditVerification.ANCHORS));
        }

        /** Changes entry {@code seq}'s detail and recomputes every hash from it on, head included. */
        private void rewriteFrom(long seq, String detail) {
            jdbc.update("UPDATE audit_entry SET detail = ? WHERE seq = ?", detail, seq);
            List<AuditEntry> all = jdbc.query("SELECT " + AuditTrail.COLUMNS + " FROM audit_entry WHERE node_id = 'hub' ORDER BY seq",
                    (rs, n) -> AuditTrail.read(rs));
            String prev = all.get((int) seq - 2).hash();
            for (AuditEntry e : all.subList((int) seq - 1, all.size())) {
                AuditEntry relinked = new AuditEntry(e.seq(), e.at(), e.kind(), e.category(), e.sourceId(), e.batchId(),
                        e.recordId(), e.fingerprint(), e.destination(), e.detail(), prev, null, null);
                prev = relinked.computeHash();
                jdbc.update("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE seq = ?", relinked.prevHash(), prev,
                        e.seq());
            }
            jdbc.update("UPDATE audit_node_head SET hash = ? WHERE node_id = ?", prev, AuditTrail.DEFAULT_NODE);
        }

        static List<AuditEntry> submissions(String batchId, int from, int count) {
            return IntStream.range(from, from + count).mapToObj(n -> AuditEntry.of(AuditKind.SUBMISSION, CATEGORY,
                    SOURCE, batchId, "P-" + n, fingerprint(n), null, null)).toList();
        }

        static String fingerprint(int n) {
            return Fingerprint.sm3Hex(("record " + n).getBytes(StandardCharsets.UTF_8));
        }
    }
}
