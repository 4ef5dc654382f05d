package cn.jining.credithub.services.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.publication.PublicationAction;
import cn.jining.credithub.contracts.publication.PublicationEvent;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.contracts.validation.RecordChecker;
import cn.jining.credithub.repository.CreditRecordStore;
import cn.jining.credithub.repository.TestDatabases;
import cn.jining.credithub.repository.audit.AuditTrail;
import cn.jining.credithub.services.publication.DefaultTables;
import cn.jining.credithub.services.publication.PublicationFeed;
import cn.jining.credithub.services.support.TestClock;
import java.nio.file.Path;
import java.sql.SQLException;
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
 * Objections on the repository's databases: filed by the record's subject only, marked in the feed, answered by the
 * source bureau only, escalated when overdue in working days (across the National Day holiday), each step audited.
 */
class ObjectionServiceTest {

    @Nested
    @DisplayName("on H2 (file database)")
    class H2 extends Contract {

        @TempDir
        static Path dataDir;

        @Override
        TestDatabases.Database openDatabase() throws SQLException {
            return TestDatabases.H2.open(dataDir.resolve("objection"));
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    class PostgreSql extends Contract {

        @Override
        TestDatabases.Database openDatabase() throws SQLException {
            return TestDatabases.PostgreSql.open("credithub_objection_", "objection tests on PostgreSQL");
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {

        static final String SOURCE = "jn-amr";
        /** Monday 28 September 2026, 10:00 in Jining: National Day's week off follows. */
        static final Instant MONDAY = Instant.parse("2026-09-28T02:00:00Z");
        static final AtomicLong SEQUENCE = new AtomicLong();

        private TestDatabases.Database database;
        private DataSource dataSource;
        private TestClock clock;
        private PublicationFeed feed;
        private AuditTrail audit;
        private ObjectionService objections;
        private AcceptedRecord penalty;

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
        void setUp() {
            Assumptions.assumeTrue(database.skipReason() == null, database.skipReason());
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            for (String table : List.of("objection_attachment", "objection", "publication_state", "publication_outbox",
                    "credit_record")) {
                jdbc.update("DELETE FROM " + table);
            }
            clock = new TestClock(MONDAY);
            audit = new AuditTrail(dataSource, clock, null, 1000);
            feed = new PublicationFeed(dataSource, DefaultTables.rules(), DefaultTables.masking(), id -> id, audit, clock);
            CreditRecordStore records = new CreditRecordStore(dataSource);
            objections = new ObjectionService(dataSource, records, feed, new ObjectionAttachments(3, 1024),
                    DefaultTables.calendar(), new ObjectionDeadlines(2, 5), audit, clock);
            penalty = new RecordChecker(clock).check(new SubmittedRecord("P-1", "ADMIN_PENALTY", SampleRecords.penalty(1)))
                    .accepted();
            AcceptedBatch batch = new AcceptedBatch(SOURCE, "B-1", clock.instant(), SEQUENCE.incrementAndGet(),
                    List.of(penalty));
            records.write(batch);
            feed.apply(batch);
        }

        @Test
        void anObjectionIsFiledWithItsEvidenceMarkedInTheFeedAndTrackedByItsNumber() {
            Objection filed = file(penalty.subjectCode());
            assertThat(filed.trackingNo()).matches("OBJ20260928[0-9A-Z]{8}");
            assertThat(filed.state()).isEqualTo(ObjectionState.FILED);
            assertThat(filed.acknowledgeBy()).hasToString("2026-09-30");
            // 29, 30 Sep; 1-7 Oct off; 8, 9, Saturday 10 (调休) is the fifth working day.
            assertThat(filed.decideBy()).hasToString("2026-10-10");

            Objection tracked = objections.find(filed.trackingNo()).orElseThrow();
            assertThat(tracked.reasons()).isEqualTo("处罚已撤销");
            assertThat(tracked.attachments()).singleElement().satisfies(a -> {
                assertThat(a.sm3()).isEqualTo(cn.jining.credithub.contracts.fingerprint.Fingerprint.sm3Hex(
                        ObjectionAttachmentsTest.PDF));
                assertThat(a.content()).as("tracking shows no contents").isNull();
            });
            assertThat(objections.forBureau(filed.trackingNo()).orElseThrow().attachments().get(0).content())
                    .isEqualTo(ObjectionAttachmentsTest.PDF);
            List<PublicationEvent> events = feed.store().pending(10);
            assertThat(events).extracting(PublicationEvent::action)
                    .containsExactly(PublicationAction.PUBLISH, PublicationAction.UPDATE);
            assertThat(events.get(1).underObjection()).isTrue();
        }

        @Test
        void onlyTheRecordsSubjectMayObjectAndTheAnswerDoesNotSayWhetherTheRecordExists() {
            assertThatThrownBy(() -> file("91370800MA00000000"))
                    .isInstanceOf(ObjectionRefusedException.class).hasMessage("record: no such record of this subject");
            assertThatThrownBy(() -> objections.file("window", new ObjectionService.Filing("ADMIN_PENALTY", SOURCE,
                    "NO-SUCH", penalty.subjectCode(), "x", List.of())))
                    .hasMessage("record: no such record of this subject");
            assertThatThrownBy(() -> objections.file("window", new ObjectionService.Filing("ADMIN_PENALTY", SOURCE,
                    "P-1", penalty.subjectCode(), " ", List.of()))).hasMessageStartingWith("reasons:");
        }

        @Test
        void theSourceBureauAloneAnswersAndTheMarkLeavesTheFeed() {
            Objection filed = file(penalty.subjectCode());
            assertThatThrownBy(() -> objections.answer(filed.trackingNo(), "jn-tax", false, "no"))
                    .hasMessageContaining("not an objection to a record of jn-tax");
            objections.acknowledge(filed.trackingNo(), SOURCE);
            Objection answered = objections.answer(filed.trackingNo(), SOURCE, false, "处罚决定合法有效，维持原公示");
            assertThat(answered.state()).isEqualTo(ObjectionState.REJECTED);
            assertThat(answered.answer()).isEqualTo("处罚决定合法有效，维持原公示");
            assertThatThrownBy(() -> objections.answer(filed.trackingNo(), SOURCE, true, "again"))
                    .hasMessage("state: already REJECTED");
            List<PublicationEvent> events = feed.store().pending(10);
            assertThat(events.get(events.size() - 1).underObjection()).isFalse();
            assertThat(audit.trace("ADMIN_PENALTY", SOURCE, "P-1")).filteredOn(e -> e.kind().name().equals("OBJECTION"))
                    .extracting(e -> e.detail().replaceAll(",.*", "").replaceAll("[{}\"]", ""))
                    .containsExactly("step:FILED", "step:ACKNOWLEDGED", "step:REJECTED");
        }

        @Test
        void anOverdueObjectionIsEscalatedOnceCountingWorkingDaysAcrossTheHoliday() {
            Objection filed = file(penalty.subjectCode());
            objections.acknowledge(filed.trackingNo(), SOURCE);
            clock.set(Instant.parse("2026-10-09T02:00:00Z")); // five weekdays on, but only four working days
            assertThat(objections.escalateOverdue()).isEmpty();
            clock.set(Instant.parse("2026-10-12T02:00:00Z")); // Monday after the 调休 Saturday, the deadline
            assertThat(objections.escalateOverdue()).singleElement()
                    .satisfies(o -> assertThat(o.escalatedAt()).isNotNull());
            assertThat(objections.escalateOverdue()).as("once").isEmpty();
            assertThat(objections.workList()).singleElement().satisfies(o -> assertThat(o.escalatedAt()).isNotNull());
        }

        @Test
        void anUnacknowledgedObjectionIsEscalatedAfterItsAcknowledgementDeadline() {
            file(penalty.subjectCode());
            clock.set(Instant.parse("2026-10-01T02:00:00Z"));
            assertThat(objections.escalateOverdue()).hasSize(1);
        }

        private Objection file(String subjectCode) {
            return objections.file("window", new ObjectionService.Filing("ADMIN_PENALTY", SOURCE, "P-1", subjectCode,
                    "处罚已撤销", List.of(new Attachment("撤销决定书.pdf", "application/pdf", 0, null,
                            ObjectionAttachmentsTest.PDF))));
        }
    }
}
