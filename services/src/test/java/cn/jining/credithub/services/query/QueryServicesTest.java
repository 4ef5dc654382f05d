package cn.jining.credithub.services.query;

import static cn.jining.credithub.services.query.QueryFixture.NOW;
import static cn.jining.credithub.services.query.QueryFixture.organisationCode;
import static cn.jining.credithub.services.query.QueryFixture.personId;
import static cn.jining.credithub.services.query.QueryFixture.uscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.seal.BcSm2Signer;
import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.contracts.voucher.Voucher;
import cn.jining.credithub.contracts.voucher.VoucherCodec;
import cn.jining.credithub.repository.TestDatabases;
import cn.jining.credithub.repository.query.SubjectDirectory;
import cn.jining.credithub.services.policy.AccessPolicy;
import cn.jining.credithub.services.policy.PolicyChanges;
import cn.jining.credithub.services.policy.PolicyRule;
import cn.jining.credithub.services.policy.QueryRefusedException;
import cn.jining.credithub.services.voucher.VoucherOffice;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each service-object class against the access policy, vouchers, the batch check and the audit chain, on both databases. */
class QueryServicesTest {

    @Nested
    @DisplayName("on H2 (file database)")
    class H2 extends Contract {

        @TempDir
        static Path dataDir;

        @Override
        TestDatabases.Database openDatabase() throws SQLException {
            return TestDatabases.H2.open(dataDir.resolve("query"));
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    class PostgreSql extends Contract {

        @Override
        TestDatabases.Database openDatabase() throws SQLException {
            return TestDatabases.PostgreSql.open("credithub_query_", "query services tests");
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {

        private TestDatabases.Database database;
        private QueryFixture f;

        abstract TestDatabases.Database openDatabase() throws Exception;

        @BeforeAll
        void open() throws Exception {
            database = openDatabase();
            Assumptions.assumeTrue(database.skipReason() == null, database.skipReason());
            database.migrate();
            f = new QueryFixture(database.dataSource());
        }

        @AfterAll
        void close() throws Exception {
            if (database != null) {
                database.close();
            }
        }

        static QueryRequest ask(String party, String code, String purpose, List<String> categories, String voucher) {
            return new QueryRequest("R-" + UUID.randomUUID(), party, "officer 7", code, null, purpose, categories, voucher,
                    false);
        }

        static void refused(ThrowingCallable call, PolicyRule rule) {
            assertThatThrownBy(call).isInstanceOf(QueryRefusedException.class)
                    .satisfies(e -> assertThat(((QueryRefusedException) e).rule()).isEqualTo(rule));
        }

        SubjectProfile profile(QueryRequest request) {
            return f.profiles.query(request).orElseThrow();
        }

        String voucher(String grantee, String code, List<String> categories, String purpose, Duration validity) {
            var subject = new SubjectDirectory(database.dataSource()).byCode(code).get(0);
            return f.office.issue(new VoucherOffice.Grant("window", "operator 3", true, subject, Voucher.VOUCHER, grantee,
                    categories, purpose, NOW.plus(validity))).token();
        }

        @Test
        void aCityBureauReadsItsCategoriesCutToItsFieldsWithHistoryAndSource() {
            SubjectProfile p = profile(ask("city-amr", uscc(1), "行政审批", List.of(), null));
            assertThat(p.records()).extracting(SubjectProfile.Entry::category, SubjectProfile.Entry::sourceId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ADMIN_PENALTY", "jn-amr"),
                            org.assertj.core.groups.Tuple.tuple("CREDIT_LIST", "jn-tax"),
                            org.assertj.core.groups.Tuple.tuple("ENTERPRISE_BASICS", "jn-amr"));
            SubjectProfile.Entry penalty = p.records().get(0);
            assertThat(penalty.current().version()).isEqualTo(2);
            assertThat(penalty.current().data().get("penaltyKinds").toString()).contains("吊销许可证件");
            assertThat(penalty.history()).singleElement().satisfies(v -> assertThat(v.version()).isEqualTo(1));
            assertThat(p.records().get(2).current().data().properties()).extracting(Map.Entry::getKey)
                    .containsExactly("name", "region", "uscc");
        }

        @Test
        void aCityBureauOutsideItsCategoriesIsRefusedAndSeesOnlyItsOwn() {
            refused(() -> f.profiles.query(ask("city-tax", uscc(1), "税务稽查", List.of("CREDIT_LIST"), null)),
                    PolicyRule.CATEGORY_NOT_ALLOWED);
            assertThat(profile(ask("city-tax", uscc(1), "税务稽查", List.of(), null)).records())
                    .extracting(SubjectProfile.Entry::category).containsOnly("ADMIN_PENALTY");
        }

        @Test
        void aCountyBureauReadsOnlyItsCountysSubjects() {
            assertThat(profile(ask("rencheng", uscc(1), "日常监管", List.of(), null)).subject().region())
                    .isEqualTo("370811");
            refused(() -> f.profiles.query(ask("rencheng", organisationCode(), "日常监管", List.of(), null)),
                    PolicyRule.REGION_NOT_ALLOWED);
        }

        @Test
        void everyQueryStatesAPurposeItsPolicyLists() {
            refused(() -> f.profiles.query(ask("city-amr", uscc(1), " ", List.of(), null)), PolicyRule.PURPOSE_REQUIRED);
            refused(() -> f.profiles.query(ask("city-amr", uscc(1), "好奇", List.of(), null)),
                    PolicyRule.PURPOSE_NOT_ALLOWED);
            refused(() -> f.profiles.query(ask("stranger", uscc(1), "日常监管", List.of(), null)), PolicyRule.NO_POLICY);
            refused(() -> f.profiles.query(ask("city-amr", "x".repeat(65), "日常监管", List.of(), null)),
                    PolicyRule.BAD_REQUEST);
            assertThat(f.profiles.query(ask("city-amr", "91370800MA00000000", "日常监管", List.of(), null))).isEmpty();
        }

        @Test
        void aBureauSeesPersonalDataMaskedAndTheWindowShowsTheSubjectEverything() {
            SubjectProfile masked = profile(ask("city-amr", personId(), "日常监管", List.of(), null));
            assertThat(masked.subject().code()).isEqualTo(personId().substring(0, 6) + "********"
                    + personId().substring(14));
            assertThat(masked.subject().name()).isEqualTo("王***");
            var data = masked.records().get(0).current().data();
            assertThat(data.get("idNumber").asText()).startsWith("370811").contains("****").doesNotContain(personId());
            assertThat(data.get("birthDate").asText()).isEqualTo("******");
            assertThat(data.get("name").asText()).isEqualTo("王***");

            QueryRequest self = new QueryRequest("R-self", "window", "operator 3 for 王示例1", personId(), null, "本人查询",
                    List.of(), null, true);
            SubjectProfile own = profile(self);
            assertThat(own.subject().code()).isEqualTo(personId());
            assertThat(own.records().get(0).current().data().get("idNumber").asText()).isEqualTo(personId());
            assertThat(own.records().get(0).current().data().get("name").asText()).isEqualTo("王示例1");
            refused(() -> f.profiles.query(new QueryRequest("R-x", "window", "operator 3", personId(), null, "本人查询",
                    List.of(), null, false)), PolicyRule.IDENTITY_NOT_CHECKED);
        }

        @Test
        void aCreditAgencyReadsExactlyTheScopeOfAValidVoucher() {
            String token = voucher("agency-1", uscc(1), List.of("ADMIN_PENALTY"), "信用报告", Duration.ofDays(30));
            assertThat(profile(ask("agency-1", uscc(1), "信用报告", List.of(), token)).records())
                    .extracting(SubjectProfile.Entry::category).containsOnly("ADMIN_PENALTY");
            refused(() -> f.profiles.query(ask("agency-1", uscc(1), "信用报告", List.of("CREDIT_LIST"), token)),
                    PolicyRule.VOUCHER_OUT_OF_SCOPE);
            refused(() -> f.profiles.query(ask("agency-1", uscc(2), "信用报告", List.of(), token)),
                    PolicyRule.VOUCHER_OUT_OF_SCOPE);
            refused(() -> f.profiles.query(ask("agency-1", uscc(1), "信用报告", List.of(), null)),
                    PolicyRule.VOUCHER_REQUIRED);
        }

        @Test
        void expiredRevokedForgedAndAlteredVouchersAreRefusedWithTheirReason() throws Exception {
            // Issued 40 days ago for 30 days.
            VoucherOffice earlier = f.office(Clock.fixed(NOW.minus(Duration.ofDays(40)), ZoneOffset.UTC));
            var subject = new SubjectDirectory(database.dataSource()).byCode(uscc(1)).get(0);
            String expired = earlier.issue(new VoucherOffice.Grant("window", "operator 3", true, subject,
                    Voucher.VOUCHER, "agency-1", List.of("ADMIN_PENALTY"), "信用报告",
                    NOW.minus(Duration.ofDays(10)))).token();
            refused(() -> f.profiles.query(ask("agency-1", uscc(1), "信用报告", List.of(), expired)),
                    PolicyRule.VOUCHER_EXPIRED);

            VoucherOffice.Issued issued = f.office.issue(new VoucherOffice.Grant("window", "operator 3", true, subject,
                    Voucher.VOUCHER, "agency-1", List.of("ADMIN_PENALTY"), "信用报告", NOW.plus(Duration.ofDays(5))));
            assertThat(f.office.revoke("window", "operator 3", issued.voucher().voucherId(), "subject withdrew")).isTrue();
            refused(() -> f.profiles.query(ask("agency-1", uscc(1), "信用报告", List.of(), issued.token())),
                    PolicyRule.VOUCHER_REVOKED);

            Voucher fake = new Voucher(UUID.randomUUID().toString(), Voucher.VOUCHER, "LEGAL_PERSON", subject.subjectCode(),
                    "agency-1", List.of("ADMIN_PENALTY", "CREDIT_LIST"), "信用报告", NOW, NOW.plus(Duration.ofDays(1)),
                    "window");
            String forged = VoucherCodec.encode(fake, new BcSm2Signer(DemoKeys.generate("not the hub").privateKey()));
            refused(() -> f.profiles.query(ask("agency-1", uscc(1), "信用报告", List.of(), forged)),
                    PolicyRule.VOUCHER_FORGED);

            String valid = voucher("agency-1", uscc(1), List.of("ADMIN_PENALTY"), "信用报告", Duration.ofDays(30));
            String[] parts = valid.split("\\.");
            String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("\"ADMIN_PENALTY\"", "\"ADMIN_PENALTY\",\"CREDIT_LIST\"");
            String altered = String.join(".", parts[0], Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(json.getBytes(StandardCharsets.UTF_8)), parts[2], parts[3]);
            refused(() -> f.profiles.query(ask("agency-1", uscc(1), "信用报告", List.of(), altered)),
                    PolicyRule.VOUCHER_ALTERED);
            // Another party presenting the agency's voucher.
            refused(() -> f.profiles.query(ask("lender", uscc(1), "信用报告", List.of(), valid)),
                    PolicyRule.PURPOSE_NOT_ALLOWED);
            assertThat(Fingerprint.sm3Hex(json.getBytes(StandardCharsets.UTF_8))).isNotEqualTo(parts[2]);
        }

        @Test
        void aPlatformQueriesAutomaticallyUnderAnElectronicAuthorisation() {
            var person = new SubjectDirectory(database.dataSource()).byCode(personId()).get(0);
            String token = f.office.issue(new VoucherOffice.Grant("window", "site", true, person,
                    Voucher.E_AUTHORISATION, "lender", List.of("NATURAL_PERSON_BASICS"), "贷款审批",
                    NOW.plus(Duration.ofDays(90)))).token();
            SubjectProfile p = profile(new QueryRequest("R-auto", "lender", null, personId(), "NATURAL_PERSON",
                    "贷款审批", List.of(), token, false));
            assertThat(p.records()).extracting(SubjectProfile.Entry::category).containsExactly("NATURAL_PERSON_BASICS");
            assertThat(p.records().get(0).current().data().get("idNumber").asText()).doesNotContain(personId());
            refused(() -> f.office.issue(new VoucherOffice.Grant("lender", "site", true, person, Voucher.E_AUTHORISATION,
                    "lender", List.of("NATURAL_PERSON_BASICS"), "贷款审批", NOW.plus(Duration.ofDays(1)))),
                    PolicyRule.ROLE_NOT_ALLOWED);
        }

        @Test
        void theBatchCheckFindsBlackListsAndSeriousPenaltiesWithTheirMeasures() {
            List<String> codes = new ArrayList<>();
            for (int n = 1; n <= 9_997; n++) {
                codes.add(uscc(n));
            }
            codes.add(personId());
            codes.add(organisationCode());
            codes.add("NOT-A-CODE");
            BatchCheckResult result = f.batch.check("BC-1", "city-amr", "approval desk", "行政审批", codes);
            assertThat(result.asked()).isEqualTo(10_000);
            assertThat(result.known()).isEqualTo(4);
            assertThat(result.hits()).singleElement().satisfies(hit -> {
                assertThat(hit.code()).isEqualTo(uscc(1));
                assertThat(hit.lists()).singleElement().satisfies(l -> assertThat(l.measures())
                        .containsExactly("限制取得政府供应土地", "从严审批"));
                assertThat(hit.penalties()).singleElement().satisfies(p -> assertThat(p.measures())
                        .containsExactly("列为重点监管对象"));
            });
            assertThat(new JdbcTemplate(database.dataSource()).queryForObject(
                    "SELECT COUNT(*) FROM audit_entry WHERE kind = 'BATCH_CHECK' AND batch_id = 'BC-1'", Integer.class))
                    .isEqualTo(4);
            codes.add("ONE-TOO-MANY");
            refused(() -> f.batch.check("BC-2", "city-amr", "desk", "行政审批", codes), PolicyRule.BATCH_TOO_LARGE);
            assertThat(f.batch.check("BC-3", "rencheng", "desk", "日常监管", List.of(uscc(1), organisationCode()))
                    .outOfScope()).containsExactly(organisationCode());
            refused(() -> f.batch.check("BC-4", "agency-1", "desk", "信用报告", List.of(uscc(1))),
                    PolicyRule.ROLE_NOT_ALLOWED);
        }

        @Test
        void everyQueryIsAuditedAndTheSubjectSeesWhoQueriedIt() {
            QueryRequest first = ask("city-amr", uscc(2), "日常监管", List.of(), null);
            QueryRequest second = ask("rencheng", uscc(2), "日常监管", List.of("ADMIN_PENALTY"), null);
            profile(first);
            profile(second);
            QueryRequest third = ask("city-tax", uscc(2), "税务稽查", List.of("CREDIT_LIST"), null);
            refused(() -> f.profiles.query(third), PolicyRule.CATEGORY_NOT_ALLOWED);
            List<WhoQueriedMe.Query> list = f.whoQueried.list(new QueryRequest("R-who", "window", "operator 3",
                    uscc(2), null, "本人查询", List.of(), null, true)).orElseThrow();
            assertThat(list).filteredOn(q -> q.requestId().startsWith("R-"))
                    .extracting(WhoQueriedMe.Query::partyId, WhoQueriedMe.Query::requestId, WhoQueriedMe.Query::purpose)
                    .contains(org.assertj.core.groups.Tuple.tuple("city-amr", first.requestId(), "日常监管"),
                            org.assertj.core.groups.Tuple.tuple("rencheng", second.requestId(), "日常监管"))
                    .extracting(t -> t.toList().get(0)).doesNotContain("city-tax");
            String detail = new JdbcTemplate(database.dataSource()).queryForObject(
                    "SELECT detail FROM audit_entry WHERE batch_id = ?", String.class, first.requestId());
            assertThat(detail).contains("\"ADMIN_PENALTY\":1", "\"officer 7\"", "decisionNumber")
                    .doesNotContain("济市监处罚", uscc(2));
            assertThat(new JdbcTemplate(database.dataSource()).queryForObject(
                    "SELECT detail FROM audit_entry WHERE kind = 'QUERY_REFUSAL' AND batch_id = ?",
                    String.class, third.requestId())).contains("CATEGORY_NOT_ALLOWED");
        }

        @Test
        void aPartyOverItsDailyQuotaIsRefused() {
            profile(ask("small", uscc(1), "日常监管", List.of(), null));
            profile(ask("small", uscc(1), "日常监管", List.of(), null));
            refused(() -> f.profiles.query(ask("small", uscc(1), "日常监管", List.of(), null)), PolicyRule.DAILY_QUOTA);
        }

        @Test
        void aChangedPolicyIsAuditedOnce() {
            PolicyChanges changes = new PolicyChanges(database.dataSource(), f.ledger, f.trail, Clock.systemUTC());
            assertThat(changes.recordIfChanged(f.policy, "test")).isTrue();
            assertThat(changes.recordIfChanged(f.policy, "test")).isFalse();
            AccessPolicy smaller = new AccessPolicy(f.policy.parties().stream()
                    .filter(p -> !p.partyId().equals("small")).toList());
            assertThat(changes.recordIfChanged(smaller, "test")).isTrue();
            assertThat(new JdbcTemplate(database.dataSource()).queryForList(
                    "SELECT detail FROM audit_entry WHERE kind = 'POLICY' ORDER BY seq", String.class))
                    .hasSize(2).last().asString().contains(smaller.fingerprint()).doesNotContain("\"small\"");
        }
    }
}
