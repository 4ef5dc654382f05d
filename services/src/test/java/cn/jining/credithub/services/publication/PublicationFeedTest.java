package cn.jining.credithub.services.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.publication.PublicationAction;
import cn.jining.credithub.contracts.publication.PublicationEvent;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.contracts.validation.RecordChecker;
import cn.jining.credithub.contracts.validation.RecordVerdict;
import cn.jining.credithub.repository.TestDatabases;
import cn.jining.credithub.repository.audit.AuditKind;
import cn.jining.credithub.repository.audit.AuditTrail;
import cn.jining.credithub.services.support.TestClock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
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

/**
 * The publication feed on the repository's databases (H2 and PostgreSQL, skipped with the reason when PostgreSQL
 * cannot be reached): publish, correct, withdraw at the period's end by the test clock, in order and idempotent.
 */
class PublicationFeedTest {

    @Nested
    @DisplayName("on H2 (file database)")
    class H2 extends Contract {

        @TempDir
        static Path dataDir;

        @Override
        TestDatabases.Database openDatabase() throws SQLException {
            return TestDatabases.H2.open(dataDir.resolve("feed"));
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    class PostgreSql extends Contract {

        @Override
        TestDatabases.Database openDatabase() throws SQLException {
            return TestDatabases.PostgreSql.open("credithub_feed_", "publication feed tests on PostgreSQL");
        }
    }

    /** What every database must do. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {

        static final String SOURCE = "jn-amr";
        static final Instant DAY_AFTER_DECISION = Instant.parse("2026-03-02T02:00:00Z");
        static final AtomicLong SEQUENCE = new AtomicLong();

        private TestDatabases.Database database;
        private DataSource dataSource;
        private TestClock clock;
        private PublicationFeed feed;
        private AuditTrail audit;

        abstract TestDatabases.Database openDatabase() throws Exception;

        @BeforeAll
        void migrate() throws Exception {
            database = openDatabase();
            database.migrate();
            dataSource = database.dataSource();
        }

        @AfterAll
        void close() throws Exception {
            if (database != null) {
                database.close();
            }
        }

        @BeforeEach
        void emptyTables() {
            Assumptions.assumeTrue(database.skipReason() == null, database.skipReason());
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.update("DELETE FROM publication_state");
            jdbc.update("DELETE FROM publication_outbox");
            clock = new TestClock(DAY_AFTER_DECISION);
            audit = new AuditTrail(dataSource, clock, null, 1000);
            feed = new PublicationFeed(dataSource, DefaultTables.rules(), DefaultTables.masking(),
                    id -> "济宁市市场监督管理局", audit, clock);
        }

        @Test
        void aPenaltyIsPublishedThenWithdrawnByItselfAtTheEndOfItsPeriod() {
            AcceptedRecord penalty = record("P-1", SampleRecords.penalty(1));
            List<PublicationEvent> published = feed.apply(batch("B-1", penalty));

            assertThat(published).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo(PublicationAction.PUBLISH);
                assertThat(e.sequence()).isEqualTo(1);
                assertThat(e.recordKey()).isEqualTo("ADMIN_PENALTY/jn-amr/P-1");
                assertThat(e.sourceName()).isEqualTo("济宁市市场监督管理局");
                assertThat(e.publishedUntil()).hasToString("2029-02-28");
                assertThat(e.reason()).contains("penalty");
            });
            assertThat(feed.withdrawEnded()).as("within the period").isZero();

            clock.set(Instant.parse("2029-02-28T15:00:00Z")); // 23:00 on the last day, Asia/Shanghai
            assertThat(feed.withdrawEnded()).isZero();
            clock.advance(Duration.ofHours(2)); // 01:00 the day after
            assertThat(feed.withdrawEnded()).isEqualTo(1);
            assertThat(feed.withdrawEnded()).as("once").isZero();

            List<PublicationEvent> outbox = feed.store().pending(10);
            assertThat(outbox).extracting(PublicationEvent::action)
                    .containsExactly(PublicationAction.PUBLISH, PublicationAction.WITHDRAW);
            assertThat(outbox).extracting(PublicationEvent::sequence).containsExactly(1L, 2L);
            assertThat(outbox.get(1).fields()).isEmpty();
            assertThat(outbox.get(1).reason()).contains("ended on 2029-02-28");
            assertThat(audit.trace("ADMIN_PENALTY", SOURCE, "P-1")).extracting(e -> e.kind() + " " + e.destination())
                    .containsExactly("DELIVERY publication", "DELIVERY publication");
        }

        @Test
        void aRedeliveryOrAnOlderVersionEmitsNothingAndACorrectionUpdatesAtOnce() {
            AcceptedBatch first = batch("B-1", record("P-2", SampleRecords.penalty(2)));
            AcceptedBatch correction = batch("B-2", record("P-2",
                    SampleRecords.penalty(2).put("penaltyContent", "更正：罚款人民币1万元")));
            assertThat(feed.apply(first)).hasSize(1);
            assertThat(feed.apply(first)).as("redelivered").isEmpty();

            assertThat(feed.apply(correction)).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo(PublicationAction.UPDATE);
                assertThat(e.sequence()).isEqualTo(2);
                assertThat(e.fields().path("penaltyContent").asText()).isEqualTo("更正：罚款人民币1万元");
            });
            assertThat(feed.apply(first)).as("the older version, late").isEmpty();
            assertThat(feed.store().find("ADMIN_PENALTY/jn-amr/P-2").orElseThrow().lastEvent().fields()
                    .path("penaltyContent").asText()).isEqualTo("更正：罚款人民币1万元");
        }

        @Test
        void aRecordTheRulesDoNotPublishEmitsNothingAndOneThatStopsQualifyingIsWithdrawn() {
            ObjectNode licence = SampleRecords.licence(3);
            assertThat(feed.apply(batch("B-1", record("L-3", RecordCategory.ADMIN_LICENCE, licence)))).hasSize(1);
            ObjectNode revoked = SampleRecords.licence(3).put("currentStatus", "无效");
            assertThat(feed.apply(batch("B-2", record("L-3", RecordCategory.ADMIN_LICENCE, revoked))))
                    .singleElement().satisfies(e -> {
                        assertThat(e.action()).isEqualTo(PublicationAction.WITHDRAW);
                        assertThat(e.reason()).contains("currentStatus is 无效");
                    });
            assertThat(feed.apply(batch("B-3", record("E-3", RecordCategory.ENTERPRISE_BASICS,
                    SampleRecords.enterpriseBasics(3))))).isEmpty();
        }

        @Test
        void aNaturalPersonsIdIsMaskedInTheFeed() {
            ObjectNode person = SampleRecords.penalty(4).put("subjectName", "王小明").put("subjectCategory", "自然人")
                    .put("idType", "身份证").put("idNumber", "11010519491231002X");
            person.remove("uscc");
            person.remove("legalRepresentative");
            PublicationEvent event = feed.apply(batch("B-1", record("P-4", person))).get(0);
            assertThat(event.subjectCode()).endsWith("110105********002X").doesNotContain("19491231");
            assertThat(event.subjectName()).isEqualTo("王**");
            assertThat(event.fields().path("idNumber").asText()).isEqualTo("110105********002X");
            assertThat(event.fields().toString()).doesNotContain("11010519491231002X").doesNotContain("王小明");
        }

        @Test
        void anObjectionMarksAShownRecordAtOnceAndIsKeptForOneNotShown() {
            feed.apply(batch("B-1", record("P-5", SampleRecords.penalty(5))));
            assertThat(feed.markObjection("ADMIN_PENALTY/jn-amr/P-5", true, "objection OBJ-1 opened"))
                    .hasValueSatisfying(e -> {
                        assertThat(e.action()).isEqualTo(PublicationAction.UPDATE);
                        assertThat(e.underObjection()).isTrue();
                        assertThat(e.sequence()).isEqualTo(2);
                        assertThat(e.fields().path("decisionNumber").asText()).isNotEmpty();
                    });
            assertThat(feed.markObjection("ADMIN_PENALTY/jn-amr/P-5", true, "again")).as("no change").isEmpty();
            assertThat(feed.apply(batch("B-2", record("P-5", SampleRecords.penalty(5).put("remarks", "更正")))))
                    .singleElement().satisfies(e -> assertThat(e.underObjection()).as("kept over a correction").isTrue());
            assertThat(feed.markObjection("ADMIN_PENALTY/jn-amr/P-5", false, "closed")).hasValueSatisfying(e ->
                    assertThat(e.underObjection()).isFalse());
            assertThat(feed.markObjection("ADMIN_PENALTY/jn-amr/NONE", true, "unknown")).isEmpty();
        }

        @Test
        void theOutboxForgetsWhatWasSent() {
            feed.apply(batch("B-1", record("P-6", SampleRecords.penalty(6)), record("P-7", SampleRecords.penalty(7))));
            List<PublicationEvent> pending = feed.store().pending(1);
            assertThat(pending).hasSize(1);
            feed.store().sent(List.of(pending.get(0).eventId()));
            assertThat(feed.store().pending(10)).singleElement()
                    .satisfies(e -> assertThat(e.recordKey()).endsWith("P-7"));
        }

        private AcceptedBatch batch(String batchId, AcceptedRecord... records) {
            return new AcceptedBatch(SOURCE, batchId, clock.instant(), SEQUENCE.incrementAndGet(), List.of(records));
        }

        private AcceptedRecord record(String recordId, ObjectNode data) {
            return record(recordId, RecordCategory.ADMIN_PENALTY, data);
        }

        private AcceptedRecord record(String recordId, RecordCategory category, ObjectNode data) {
            RecordVerdict verdict = new RecordChecker(clock).check(new SubmittedRecord(recordId, category.name(), data));
            assertThat(verdict.violations()).as("violations of %s", data).isEmpty();
            return verdict.accepted();
        }
    }
}
