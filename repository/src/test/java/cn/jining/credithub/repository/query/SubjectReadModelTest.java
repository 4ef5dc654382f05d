package cn.jining.credithub.repository.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.contracts.validation.RecordChecker;
import cn.jining.credithub.contracts.validation.RecordVerdict;
import cn.jining.credithub.repository.CreditRecordStore;
import cn.jining.credithub.repository.RecordVersion;
import cn.jining.credithub.repository.TestDatabases;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The read models over the three base databases (subject index, profiles, name search), on H2 and PostgreSQL. */
class SubjectReadModelTest {

    @Nested
    @DisplayName("on H2 (file database)")
    class H2 extends Contract {

        @TempDir
        static Path dataDir;

        @Override
        TestDatabases.Database openDatabase() throws SQLException {
            return TestDatabases.H2.open(dataDir.resolve("subjects"));
        }

        @Override
        String waitingSessions() {
            // H2 shows no session waiting on another's uncommitted key (INFORMATION_SCHEMA.SESSIONS.BLOCKER_ID stays
            // empty), so the interleaving cannot be set up here without a sleep.
            return null;
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    class PostgreSql extends Contract {

        @Override
        TestDatabases.Database openDatabase() throws SQLException {
            return TestDatabases.PostgreSql.open("credithub_subject_", "subject read model tests");
        }

        @Override
        String waitingSessions() {
            return "SELECT COUNT(*) FROM pg_locks WHERE NOT granted";
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {

        static final RecordChecker CHECKER = new RecordChecker(
                Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        static final AtomicLong SEQUENCE = new AtomicLong();

        private TestDatabases.Database database;
        private CreditRecordStore store;
        private SubjectDirectory directory;
        private SubjectRecords records;

        abstract TestDatabases.Database openDatabase() throws Exception;

        @BeforeAll
        void migrate() throws Exception {
            database = openDatabase();
            Assumptions.assumeTrue(database.skipReason() == null, database.skipReason());
            database.migrate();
            store = new CreditRecordStore(database.dataSource());
            directory = new SubjectDirectory(database.dataSource());
            records = new SubjectRecords(database.dataSource());
            ObjectNode basics = SampleRecords.enterpriseBasics(1);
            basics.put("name", "济宁市鲁源食品有限公司");
            ObjectNode other = SampleRecords.enterpriseBasics(2);
            other.put("name", "济宁运河物流有限公司");
            store.write(batch("JN-SCJGJ", List.of(checked("ENTERPRISE_BASICS", "EB-1", basics),
                    checked("ENTERPRISE_BASICS", "EB-2", other),
                    checked("NATURAL_PERSON_BASICS", "NP-1", SampleRecords.naturalPersonBasics(1)))));
            store.write(batch("JN-SCJGJ", List.of(checked("ADMIN_PENALTY", "PEN-1", SampleRecords.penalty(1)))));
            ObjectNode changed = SampleRecords.penalty(1);
            changed.put("fineAmount", 9);
            store.write(batch("JN-SCJGJ", List.of(checked("ADMIN_PENALTY", "PEN-1", changed))));
            store.write(batch("JN-SWJ", List.of(checked("CREDIT_LIST", "BL-1", SampleRecords.creditListEntry(1)),
                    checked("CREDIT_LIST", "BL-3", SampleRecords.creditListEntry(3)))));
        }

        @AfterAll
        void close() throws Exception {
            if (database != null) {
                database.close();
            }
        }

        /** A query counting sessions that wait on another's lock; null where the database cannot tell. */
        abstract String waitingSessions();

        @Test
        void twoBatchesCreatingTheSameNewSubjectAtOnceBothSucceed() throws Exception {
            Assumptions.assumeTrue(waitingSessions() != null, "this database cannot show a session waiting on a key, "
                    + "so the race is tested on PostgreSQL (production) only");
            DataSource dataSource = database.dataSource();
            ObjectNode first = SampleRecords.penalty(77);
            CountDownLatch written = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                // The first writer creates the subject and holds its transaction open.
                Future<?> holder = threads.submit(() -> new TransactionTemplate(
                        new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
                            store.write(batch("JN-SCJGJ", List.of(checked("ADMIN_PENALTY", "RACE-1", first))));
                            written.countDown();
                            await(commit);
                        }));
                await(written);
                // The second creates the same subject: it waits on the key until the first commits.
                Future<?> second = threads.submit(() -> store.write(batch("JN-SWJ",
                        List.of(checked("ADMIN_PENALTY", "RACE-2", SampleRecords.penalty(77))))));
                JdbcTemplate jdbc = new JdbcTemplate(dataSource);
                Awaitility.await().atMost(Duration.ofSeconds(20))
                        .until(() -> jdbc.queryForObject(waitingSessions(), Integer.class) > 0);
                commit.countDown();
                holder.get(30, TimeUnit.SECONDS);
                second.get(30, TimeUnit.SECONDS);
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM credit_subject WHERE subject_code = ?",
                        Integer.class, SampleRecords.enterpriseUscc(77))).isEqualTo(1);
                assertThat(records.profile("LEGAL_PERSON", SampleRecords.enterpriseUscc(77)))
                        .extracting(ProfileRecord::recordId).containsExactlyInAnyOrder("RACE-1", "RACE-2");
            } finally {
                commit.countDown();
                threads.shutdownNow();
            }
        }

        private static void await(CountDownLatch latch) {
            try {
                assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Test
        void aProfileHoldsEveryRecordOfTheSubjectWithItsHistory() {
            List<ProfileRecord> profile = records.profile("LEGAL_PERSON", SampleRecords.enterpriseUscc(1));
            assertThat(profile).extracting(ProfileRecord::category, ProfileRecord::sourceId, ProfileRecord::recordId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ADMIN_PENALTY", "JN-SCJGJ", "PEN-1"),
                            org.assertj.core.groups.Tuple.tuple("CREDIT_LIST", "JN-SWJ", "BL-1"),
                            org.assertj.core.groups.Tuple.tuple("ENTERPRISE_BASICS", "JN-SCJGJ", "EB-1"));
            ProfileRecord penalty = profile.get(0);
            assertThat(penalty.current().version()).isEqualTo(2);
            assertThat(penalty.current().payload()).contains("\"fineAmount\":9");
            assertThat(penalty.earlier()).extracting(RecordVersion::version, RecordVersion::current)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false));
            assertThat(penalty.earlier().get(0).payload()).contains("\"fineAmount\":2");
        }

        @Test
        void subjectsAreFoundByCreditCodeAndByIdNumber() {
            assertThat(directory.byCode(SampleRecords.enterpriseUscc(1).toLowerCase()))
                    .extracting(SubjectSummary::name, SubjectSummary::region)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("济宁市鲁源食品有限公司", "370811"));
            String idNumber = SampleRecords.naturalPersonBasics(1).get("idNumber").asText();
            assertThat(directory.byCode(idNumber)).singleElement()
                    .satisfies(s -> assertThat(s.subjectCode()).isEqualTo("身份证:" + idNumber));
            // A subject known only from a list entry is indexed under the list's name, without a region.
            assertThat(directory.byCode(SampleRecords.enterpriseUscc(3))).singleElement()
                    .satisfies(s -> assertThat(s.region()).isNull());
        }

        @Test
        void legalPersonsAreFoundByAnyPartOfTheirName() {
            assertThat(directory.byName("鲁源", 10)).extracting(SubjectSummary::name)
                    .containsExactly("济宁市鲁源食品有限公司");
            assertThat(directory.byName(" 鲁源食品 ", 10)).hasSize(1);
            assertThat(directory.byName("有限公司", 10)).hasSize(3);
            assertThat(directory.byName("有限公司", 2)).hasSize(2);
            assertThat(directory.byName("鲁源物流", 10)).isEmpty();
            assertThat(directory.byName("50%_!", 10)).isEmpty();
            // Natural persons are found by their document, never by name.
            assertThat(directory.byName("王示例", 10)).isEmpty();
            assertThatThrownBy(() -> directory.byName("鲁", 10)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least 2");
        }

        @Test
        void aRenamedSubjectIsFoundByItsNewNameOnly() {
            ObjectNode renamed = SampleRecords.enterpriseBasics(2);
            renamed.put("name", "济宁运河港航有限公司");
            store.write(batch("JN-SCJGJ", List.of(checked("ENTERPRISE_BASICS", "EB-2", renamed))));
            assertThat(directory.byName("物流", 10)).isEmpty();
            assertThat(directory.byName("港航", 10)).extracting(SubjectSummary::lookupCode)
                    .containsExactly(SampleRecords.enterpriseUscc(2));
        }

        @Test
        void theCurrentRecordsOfManySubjectsAreReadByCode() {
            List<String> codes = new java.util.ArrayList<>();
            for (int n = 1; n <= 1200; n++) {
                codes.add(SampleRecords.enterpriseUscc(n));
            }
            assertThat(records.currentOf(codes, List.of("CREDIT_LIST")))
                    .extracting(SubjectRecords.SubjectRecord::recordId).containsExactlyInAnyOrder("BL-1", "BL-3");
        }

        static AcceptedRecord checked(String category, String recordId, ObjectNode data) {
            RecordVerdict verdict = CHECKER.check(new SubmittedRecord(recordId, category, data));
            assertThat(verdict.violations()).as("violations of %s", data).isEmpty();
            assertThat(RecordCategory.of(category)).isPresent();
            return verdict.accepted();
        }

        static AcceptedBatch batch(String sourceId, List<AcceptedRecord> batchRecords) {
            long sequence = SEQUENCE.incrementAndGet();
            return new AcceptedBatch(sourceId, "B-" + sequence, Instant.parse("2026-03-02T08:30:00Z")
                    .plusSeconds(sequence), sequence, batchRecords);
        }
    }
}
