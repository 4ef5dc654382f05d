package cn.jining.credithub.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.contracts.validation.RecordChecker;
import cn.jining.credithub.contracts.validation.RecordVerdict;
import cn.jining.credithub.repository.CreditRecordStore.StoredRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same contract for {@link CreditRecordStore}, run against both databases the hub supports: an H2
 * file database (the embedded default) and the PostgreSQL on this machine (production). The schema comes
 * from the real Flyway migration in both.
 *
 * <p>PostgreSQL is found at {@code CREDITHUB_TEST_PG_URL} (default {@value TestDatabases#DEFAULT_PG_URL})
 * as {@code CREDITHUB_TEST_PG_USER} (default {@code postgres}); each run gets its own schema, dropped
 * afterwards ({@link TestDatabases}). When PostgreSQL cannot be reached its tests are skipped with the reason, unless
 * {@code CREDITHUB_REQUIRE_DATABASES=true} (as in CI), when they fail.
 */
class CreditRecordStoreTest {

    @Nested
    @DisplayName("on H2 (file database)")
    class H2 extends Contract {

        @TempDir
        static Path dataDir;

        @Override
        TestDatabases.Database openDatabase() throws SQLException {
            return TestDatabases.H2.open(dataDir.resolve("credit"));
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    class PostgreSql extends Contract {

        @Override
        TestDatabases.Database openDatabase() throws SQLException {
            return TestDatabases.PostgreSql.open("credithub_test_", "PostgreSQL tests");
        }
    }

    /** What every database must do; a subclass only opens, migrates and closes its database. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {

        static final String CATEGORY = "ADMIN_PENALTY";
        static final String SOURCE = "JN-SCJGJ";
        static final Instant RECEIVED_AT = Instant.parse("2026-03-02T08:30:00Z");
        static final AtomicLong SEQUENCE = new AtomicLong();
        static final RecordChecker CHECKER = new RecordChecker(
                Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

        private TestDatabases.Database database;
        private DataSource dataSource;
        private JdbcTemplate jdbc;
        private CreditRecordStore store;

        /** Opens the database once per class (one that cannot be reached carries a skip reason). */
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

        /*
         * An unreachable database skips every test of the class. The assumption is made per test (not once in
         * @BeforeAll) so that Surefire counts and reports each test as skipped rather than showing "Tests run: 0".
         */
        @BeforeEach
        void emptyTable() {
            Assumptions.assumeTrue(database.skipReason() == null, database.skipReason());
            jdbc.update("DELETE FROM credit_record");
            jdbc.update("DELETE FROM credit_record_history");
            store = new CreditRecordStore(dataSource);
        }

        @Test
        void aNewBatchIsWrittenOnceAtVersionOne() {
            List<AcceptedRecord> records = penalties(1, 5);

            WriteResult result = store.write(batch(SOURCE, "B-1", records));

            assertThat(result).isEqualTo(new WriteResult(5, 0));
            assertThat(store.count()).isEqualTo(5);
            for (AcceptedRecord r : records) {
                StoredRecord stored = stored(SOURCE, r.recordId());
                assertThat(stored.category()).isEqualTo(CATEGORY);
                assertThat(stored.sourceId()).isEqualTo(SOURCE);
                assertThat(stored.version()).isEqualTo(1);
                assertThat(stored.fingerprint()).isEqualTo(r.fingerprint());
                assertThat(stored.subjectCategory()).isEqualTo("LEGAL_PERSON");
                assertThat(stored.subjectCode()).isEqualTo(r.subjectCode());
                assertThat(stored.batchId()).isEqualTo("B-1");
                assertThat(json(stored.payload())).isEqualTo(r.data());
                assertThat(json(stored.originalPayload())).isEqualTo(r.original());
            }
        }

        @Test
        void theSameBatchWrittenAgainChangesNothing() {
            List<AcceptedRecord> records = penalties(1, 5);
            AcceptedBatch batch = batch(SOURCE, "B-1", records);
            store.write(batch);
            List<Object> writtenAt = writtenAt();

            WriteResult redelivered = store.write(batch);
            // A replay of the same content under a new batch id is no change either.
            WriteResult replayed = store.write(batch(SOURCE, "B-2", penalties(1, 5)));

            assertThat(redelivered).isEqualTo(new WriteResult(0, 5));
            assertThat(replayed).isEqualTo(new WriteResult(0, 5));
            assertThat(store.count()).isEqualTo(5);
            for (AcceptedRecord r : records) {
                StoredRecord stored = stored(SOURCE, r.recordId());
                assertThat(stored.version()).isEqualTo(1);
                assertThat(stored.fingerprint()).isEqualTo(r.fingerprint());
                assertThat(stored.batchId()).isEqualTo("B-1");
                assertThat(stored.payload()).isEqualTo(Fingerprint.canonicalJson(r.data()));
            }
            assertThat(writtenAt()).as("no row was touched").isEqualTo(writtenAt);
        }

        @Test
        void aChangedRecordGetsTheNextVersionAndItsUnchangedNeighboursStay() {
            List<AcceptedRecord> original = penalties(1, 3);
            store.write(batch(SOURCE, "B-1", original));
            ObjectNode corrected = SampleRecords.penalty(2);
            corrected.put("penaltyContent", "责令停止违法行为，罚款人民币九万元（复议后变更）");
            corrected.put("fineAmount", 9);
            AcceptedRecord changed = record(original.get(1).recordId(), corrected);
            assertThat(changed.fingerprint()).isNotEqualTo(original.get(1).fingerprint());
            List<AcceptedRecord> second = List.of(original.get(0), changed, original.get(2));

            WriteResult result = store.write(batch(SOURCE, "B-2", second));

            assertThat(result).isEqualTo(new WriteResult(1, 2));
            assertThat(store.count()).isEqualTo(3);
            StoredRecord updated = stored(SOURCE, changed.recordId());
            assertThat(updated.version()).isEqualTo(2);
            assertThat(updated.fingerprint()).isEqualTo(changed.fingerprint());
            assertThat(updated.batchId()).isEqualTo("B-2");
            assertThat(json(updated.payload())).isEqualTo(corrected);
            for (AcceptedRecord neighbour : List.of(original.get(0), original.get(2))) {
                StoredRecord stored = stored(SOURCE, neighbour.recordId());
                assertThat(stored.version()).isEqualTo(1);
                assertThat(stored.fingerprint()).isEqualTo(neighbour.fingerprint());
                assertThat(stored.batchId()).isEqualTo("B-1");
            }

            // The changed batch again is no change; changing back is a change again (version 3).
            assertThat(store.write(batch(SOURCE, "B-2", second))).isEqualTo(new WriteResult(0, 3));
            assertThat(stored(SOURCE, changed.recordId()).version()).isEqualTo(2);
            assertThat(store.write(batch(SOURCE, "B-3", original))).isEqualTo(new WriteResult(1, 2));
            StoredRecord reverted = stored(SOURCE, changed.recordId());
            assertThat(reverted.version()).isEqualTo(3);
            assertThat(reverted.fingerprint()).isEqualTo(original.get(1).fingerprint());
        }

        @Test
        void theSameRecordIdFromTwoSourcesIsTwoRows() {
            AcceptedRecord fromA = record("PEN-000001", SampleRecords.penalty(1));
            AcceptedRecord fromB = record("PEN-000001", SampleRecords.penalty(2));

            assertThat(store.write(batch("SRC-A", "B-1", List.of(fromA)))).isEqualTo(new WriteResult(1, 0));
            assertThat(store.write(batch("SRC-B", "B-1", List.of(fromB)))).isEqualTo(new WriteResult(1, 0));

            assertThat(store.count()).isEqualTo(2);
            assertThat(store.countBySource("SRC-A")).isEqualTo(1);
            assertThat(store.countBySource("SRC-B")).isEqualTo(1);
            StoredRecord a = stored("SRC-A", "PEN-000001");
            StoredRecord b = stored("SRC-B", "PEN-000001");
            assertThat(a.version()).isEqualTo(1);
            assertThat(b.version()).isEqualTo(1);
            assertThat(a.fingerprint()).isEqualTo(fromA.fingerprint());
            assertThat(b.fingerprint()).isEqualTo(fromB.fingerprint());
            assertThat(json(a.payload())).isEqualTo(fromA.data());
            assertThat(json(b.payload())).isEqualTo(fromB.data());
        }

        @Test
        void twoThousandRecordsAreWrittenInOneCall() {
            List<AcceptedRecord> records = penalties(1, 2_000);

            assertThat(store.write(batch(SOURCE, "B-BIG", records))).isEqualTo(new WriteResult(2_000, 0));

            assertThat(store.count()).isEqualTo(2_000);
            for (AcceptedRecord r : List.of(records.get(0), records.get(999), records.get(1_999))) {
                StoredRecord stored = stored(SOURCE, r.recordId());
                assertThat(stored.version()).isEqualTo(1);
                assertThat(json(stored.payload())).isEqualTo(r.data());
            }
            assertThat(store.write(batch(SOURCE, "B-BIG", records))).isEqualTo(new WriteResult(0, 2_000));
        }

        @Test
        void aChinesePayloadRoundTripsIntact() {
            // CJK names, full-width punctuation and a character outside the BMP (𠮷, four bytes in UTF-8).
            String name = "济宁市任城区𠮷祥商贸有限公司（个体工商户）";
            ObjectNode data = SampleRecords.penalty(7);
            data.put("subjectName", name);
            data.put("legalRepresentative", "欧阳示例");
            AcceptedRecord record = record("PEN-中文-0007", data);

            store.write(batch(SOURCE, "批次-1", List.of(record)));

            StoredRecord stored = stored(SOURCE, "PEN-中文-0007");
            assertThat(stored.payload()).isEqualTo(Fingerprint.canonicalJson(data));
            assertThat(json(stored.payload()).get("subjectName").asText()).isEqualTo(name);
            assertThat(stored.batchId()).isEqualTo("批次-1");
            // The database itself holds characters, not mangled bytes: it can match on them.
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM credit_record WHERE payload LIKE ?", Long.class,
                    "%" + name + "%")).isEqualTo(1);
            // And a re-read of the same content is recognised as unchanged.
            assertThat(store.write(batch(SOURCE, "批次-2", List.of(record)))).isEqualTo(new WriteResult(0, 1));
        }

        @Test
        void theOriginalIsKeptBesideTheCanonicalRecord() {
            ObjectNode submitted = oddlyWritten(SampleRecords.penalty(1));
            AcceptedRecord accepted = checked("PEN-000001", submitted);

            store.write(batch(SOURCE, "B-1", List.of(accepted)));

            StoredRecord stored = stored(SOURCE, "PEN-000001");
            assertThat(json(stored.originalPayload())).isEqualTo(submitted);
            assertThat(stored.payload()).isEqualTo(Fingerprint.canonicalJson(accepted.data()));
            assertThat(json(stored.payload())).isNotEqualTo(submitted);
            assertThat(json(stored.originalPayload()).get("decisionDate").asText()).isEqualTo("2026年3月1日");
            assertThat(json(stored.payload()).get("decisionDate").asText()).isEqualTo("2026-03-01");
            String uscc = SampleRecords.penalty(1).get("uscc").asText();
            assertThat(json(stored.payload()).get("uscc").asText()).isEqualTo(uscc);
            assertThat(json(stored.originalPayload()).get("uscc").asText()).isNotEqualTo(uscc);
        }

        @Test
        void theSameContentInAnotherFormIsNoChangeAndKeepsTheFirstOriginal() {
            ObjectNode plain = SampleRecords.penalty(1);
            ObjectNode odd = oddlyWritten(SampleRecords.penalty(1));
            AcceptedRecord first = checked("PEN-000001", plain);
            AcceptedRecord again = checked("PEN-000001", odd);
            assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
            store.write(batch(SOURCE, "B-1", List.of(first)));

            assertThat(store.write(batch(SOURCE, "B-2", List.of(again)))).isEqualTo(new WriteResult(0, 1));

            StoredRecord stored = stored(SOURCE, "PEN-000001");
            assertThat(stored.version()).isEqualTo(1);
            assertThat(stored.batchId()).isEqualTo("B-1");
            assertThat(json(stored.originalPayload())).isEqualTo(plain);
        }

        @Test
        void aChangedRecordReplacesItsOriginalWithTheNewVersion() {
            store.write(batch(SOURCE, "B-1", List.of(checked("PEN-000001", SampleRecords.penalty(1)))));
            ObjectNode corrected = oddlyWritten(SampleRecords.penalty(1));
            corrected.put("fineAmount", "1,234.50");

            assertThat(store.write(batch(SOURCE, "B-2", List.of(checked("PEN-000001", corrected)))))
                    .isEqualTo(new WriteResult(1, 0));

            StoredRecord stored = stored(SOURCE, "PEN-000001");
            assertThat(stored.version()).isEqualTo(2);
            assertThat(json(stored.originalPayload())).isEqualTo(corrected);
            assertThat(json(stored.originalPayload()).get("fineAmount").asText()).isEqualTo("1,234.50");
            assertThat(json(stored.payload()).get("fineAmount").decimalValue()).isEqualByComparingTo("1234.5");
        }

        @Test
        void aRecordAcceptedWithoutAnOriginalIsStoredWithoutOne() {
            AcceptedRecord r = record("PEN-000001", SampleRecords.penalty(1));
            AcceptedRecord withoutOriginal = new AcceptedRecord(r.category(), r.recordId(), r.fingerprint(),
                    r.subjectCategory(), r.subjectCode(), r.data(), null);

            assertThat(store.write(batch(SOURCE, "B-1", List.of(withoutOriginal)))).isEqualTo(new WriteResult(1, 0));

            StoredRecord stored = stored(SOURCE, "PEN-000001");
            assertThat(stored.originalPayload()).isNull();
            assertThat(json(stored.payload())).isEqualTo(r.data());
        }

        @Test
        void findOfAnAbsentKeyIsEmpty() {
            assertThat(store.find(CATEGORY, SOURCE, "PEN-000001")).isEmpty();

            store.write(batch(SOURCE, "B-1", penalties(1, 1)));

            assertThat(store.find(CATEGORY, SOURCE, "PEN-000001")).isPresent();
            assertThat(store.find(CATEGORY, SOURCE, "PEN-000002")).isEmpty();
            assertThat(store.find(CATEGORY, "OTHER-SOURCE", "PEN-000001")).isEmpty();
            assertThat(store.find("DISHONEST_PERSON", SOURCE, "PEN-000001")).isEmpty();
        }

        @Test
        void anOriginalArrivingAfterItsCorrectionGoesToHistoryNotOverIt() {
            AcceptedRecord original = record("PEN-000001", SampleRecords.penalty(1));
            ObjectNode corrected = SampleRecords.penalty(1);
            corrected.put("fineAmount", 9);
            AcceptedBatch first = batch(SOURCE, "B-1", List.of(original));
            AcceptedBatch correction = batch(SOURCE, "B-2", List.of(record("PEN-000001", corrected)));

            // The original's delivery failed and was redelivered after its correction had been written.
            assertThat(store.write(correction)).isEqualTo(new WriteResult(1, 0, 0));
            assertThat(store.write(first)).isEqualTo(new WriteResult(0, 0, 1));
            assertThat(store.write(first)).as("redelivered again").isEqualTo(new WriteResult(0, 1, 0));

            StoredRecord current = stored(SOURCE, "PEN-000001");
            assertThat(json(current.payload())).isEqualTo(corrected);
            assertThat(current.batchId()).isEqualTo("B-2");
            assertThat(current.version()).isEqualTo(2);
            assertThat(store.versions(CATEGORY, SOURCE, "PEN-000001"))
                    .extracting(RecordVersion::version, RecordVersion::batchId, RecordVersion::current)
                    .containsExactly(tuple(1, "B-1", false), tuple(2, "B-2", true));
        }

        /**
         * Four versions of one record (A, B, C, then A again) delivered in every one of the 24 orders, each then
         * redelivered in reverse: the repository always ends as in-order delivery leaves it.
         */
        @Test
        void everyArrivalOrderEndsWithTheVersionAcceptedLast() {
            List<ObjectNode> contents = List.of(SampleRecords.penalty(1), fine(SampleRecords.penalty(1), 20_001),
                    fine(SampleRecords.penalty(1), 30_001), SampleRecords.penalty(1));
            List<AcceptedBatch> versions = IntStream.range(0, contents.size()).mapToObj(i ->
                    batch(SOURCE, "V-" + (i + 1), List.of(record("PEN-000001", contents.get(i))))).toList();
            for (List<AcceptedBatch> order : permutations(versions)) {
                jdbc.update("DELETE FROM credit_record");
                jdbc.update("DELETE FROM credit_record_history");
                order.forEach(store::write);
                List<AcceptedBatch> again = new ArrayList<>(order);
                Collections.reverse(again);
                again.forEach(b -> assertThat(store.write(b).written() + store.write(b).late()).isZero());

                String arrival = order.stream().map(AcceptedBatch::batchId).toList().toString();
                StoredRecord current = stored(SOURCE, "PEN-000001");
                assertThat(current.batchId()).as(arrival).isEqualTo("V-4");
                assertThat(current.version()).as(arrival).isEqualTo(4);
                assertThat(json(current.payload())).as(arrival).isEqualTo(contents.get(3));
                assertThat(store.versions(CATEGORY, SOURCE, "PEN-000001")).as(arrival)
                        .extracting(RecordVersion::version, RecordVersion::batchId)
                        .containsExactly(tuple(1, "V-1"), tuple(2, "V-2"), tuple(3, "V-3"), tuple(4, "V-4"));
            }
        }

        @Test
        void theSameContentAcceptedAgainMovesTheNewestStampSoALateOlderVersionStaysInHistory() {
            AcceptedRecord a = record("PEN-000001", SampleRecords.penalty(1));
            AcceptedBatch first = batch(SOURCE, "B-1", List.of(a));
            AcceptedBatch between = batch(SOURCE, "B-2", List.of(record("PEN-000001", fine(SampleRecords.penalty(1), 70_001))));
            AcceptedBatch resent = batch(SOURCE, "B-3", List.of(a));
            store.write(first);
            assertThat(store.write(resent)).isEqualTo(new WriteResult(0, 1, 0));

            assertThat(store.write(between)).isEqualTo(new WriteResult(0, 0, 1));

            StoredRecord current = stored(SOURCE, "PEN-000001");
            assertThat(current.fingerprint()).isEqualTo(a.fingerprint());
            assertThat(current.version()).isEqualTo(3);
            assertThat(store.versions(CATEGORY, SOURCE, "PEN-000001")).extracting(RecordVersion::batchId)
                    .containsExactly("B-1", "B-2", "B-3");
        }

        static ObjectNode fine(ObjectNode data, int amount) {
            data.put("fineAmount", amount);
            return data;
        }

        static <T> List<List<T>> permutations(List<T> items) {
            if (items.size() <= 1) {
                return List.of(items);
            }
            List<List<T>> all = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                List<T> rest = new ArrayList<>(items);
                T head = rest.remove(i);
                for (List<T> tail : permutations(rest)) {
                    List<T> one = new ArrayList<>();
                    one.add(head);
                    one.addAll(tail);
                    all.add(one);
                }
            }
            return all;
        }

        enum Violation {
            RECORD_ID_LONGER_THAN_64, SUBJECT_CODE_MISSING
        }

        @ParameterizedTest
        @EnumSource(Violation.class)
        void aBatchWithOneBadRecordWritesNothingOfThatBatch(Violation violation) {
            List<AcceptedRecord> earlier = penalties(1, 2);
            store.write(batch(SOURCE, "B-1", earlier));
            ObjectNode corrected = SampleRecords.penalty(1);
            corrected.put("fineAmount", 99);
            String longId = "PEN-" + "9".repeat(61);
            AcceptedRecord bad = switch (violation) {
                case RECORD_ID_LONGER_THAN_64 -> record(longId, SampleRecords.penalty(9));
                case SUBJECT_CODE_MISSING -> {
                    AcceptedRecord r = record("PEN-000009", SampleRecords.penalty(9));
                    yield new AcceptedRecord(r.category(), r.recordId(), r.fingerprint(), r.subjectCategory(), null,
                            r.data(), r.original());
                }
            };
            List<AcceptedRecord> records = new ArrayList<>();
            records.add(record("PEN-000001", corrected)); // an update of an earlier record
            records.addAll(penalties(3, 3));               // new records before the bad one
            records.add(bad);
            records.addAll(penalties(6, 2));               // and after it
            AcceptedBatch batch = batch(SOURCE, "B-2", records);

            assertThatThrownBy(() -> store.write(batch)).isInstanceOf(DataAccessException.class);

            assertThat(store.count()).as("nothing of the failed batch is written").isEqualTo(2);
            StoredRecord first = stored(SOURCE, "PEN-000001");
            assertThat(first.version()).isEqualTo(1);
            assertThat(first.fingerprint()).isEqualTo(earlier.get(0).fingerprint());
            assertThat(first.batchId()).isEqualTo("B-1");
            for (AcceptedRecord r : records.subList(1, records.size())) {
                assertThat(store.find(CATEGORY, SOURCE, r.recordId())).as(r.recordId()).isEmpty();
            }
            // In particular the over-long id was not cut down to fit the column.
            assertThat(store.find(CATEGORY, SOURCE, longId.substring(0, 64))).isEmpty();

            // The store is still usable: the batch without the bad record goes through.
            records.remove(bad);
            assertThat(store.write(batch(SOURCE, "B-3", records))).isEqualTo(new WriteResult(6, 0));
            assertThat(stored(SOURCE, "PEN-000001").version()).isEqualTo(2);
        }

        // ---- the hub's way of building accepted records

        /** As the intake accepts a submitted record: normalised, checked, the original kept beside it. */
        static AcceptedRecord checked(String recordId, ObjectNode data) {
            RecordVerdict verdict = CHECKER.check(new SubmittedRecord(recordId, CATEGORY, data));
            assertThat(verdict.violations()).as("violations of %s", data).isEmpty();
            return verdict.accepted();
        }

        /** The same record as a bureau might write it: Chinese date, full-width lower-case code, padded amount. */
        static ObjectNode oddlyWritten(ObjectNode data) {
            ObjectNode odd = data.deepCopy();
            odd.put("decisionDate", "2026年3月1日");
            odd.put("validUntil", "2027/3/1");
            odd.put("uscc", fullWidth(data.get("uscc").asText().toLowerCase(Locale.ROOT)));
            odd.put("fineAmount", " " + data.get("fineAmount").asText() + ".00 ");
            odd.put("subjectName", "\u3000" + data.get("subjectName").asText() + "  ");
            return odd;
        }

        private static String fullWidth(String ascii) {
            StringBuilder out = new StringBuilder();
            ascii.chars().forEach(c -> out.append((char) (c + 0xFEE0)));
            return out.toString();
        }

        static AcceptedRecord record(String recordId, ObjectNode data) {
            return new AcceptedRecord(CATEGORY, recordId, Fingerprint.of(CATEGORY, data), "LEGAL_PERSON",
                    data.get("uscc").asText(), data, data);
        }

        /** Valid penalties number {@code from} .. {@code from + count - 1}, record ids {@code PEN-<n>}. */
        static List<AcceptedRecord> penalties(int from, int count) {
            return IntStream.range(from, from + count)
                    .mapToObj(n -> record(String.format(Locale.ROOT, "PEN-%06d", n), SampleRecords.penalty(n)))
                    .toList();
        }

        /** A batch accepted after every batch built before it (as the intake stamps them). */
        static AcceptedBatch batch(String sourceId, String batchId, List<AcceptedRecord> records) {
            long sequence = SEQUENCE.incrementAndGet();
            return new AcceptedBatch(sourceId, batchId, RECEIVED_AT.plusMillis(sequence), sequence, records);
        }

        StoredRecord stored(String sourceId, String recordId) {
            return store.find(CATEGORY, sourceId, recordId)
                    .orElseThrow(() -> new AssertionError("no record " + sourceId + "/" + recordId));
        }

        List<Object> writtenAt() {
            return jdbc.queryForList("SELECT written_at FROM credit_record ORDER BY source_id, record_id", Object.class);
        }

        static JsonNode json(String payload) {
            try {
                return ContractsJson.mapper().readTree(payload);
            } catch (JsonProcessingException e) {
                throw new AssertionError("stored payload is not JSON: " + payload, e);
            }
        }
    }
}
