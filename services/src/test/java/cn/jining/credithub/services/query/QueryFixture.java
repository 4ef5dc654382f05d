package cn.jining.credithub.services.query;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.contracts.seal.BcSm2SignatureVerifier;
import cn.jining.credithub.contracts.seal.BcSm2Signer;
import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.contracts.validation.RecordChecker;
import cn.jining.credithub.contracts.validation.RecordVerdict;
import cn.jining.credithub.repository.CreditRecordStore;
import cn.jining.credithub.repository.audit.AuditTrail;
import cn.jining.credithub.repository.query.AccessLedger;
import cn.jining.credithub.repository.query.QueryLog;
import cn.jining.credithub.repository.query.SubjectDirectory;
import cn.jining.credithub.repository.query.SubjectRecords;
import cn.jining.credithub.services.policy.AccessGate;
import cn.jining.credithub.services.policy.AccessPolicy;
import cn.jining.credithub.services.policy.PartyPolicy;
import cn.jining.credithub.services.policy.Reveal;
import cn.jining.credithub.services.policy.ServiceRole;
import cn.jining.credithub.services.voucher.VoucherCheck;
import cn.jining.credithub.services.voucher.VoucherOffice;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The query services over a migrated database, wired as the gateway wires them, with one party of each service-object
 * class and a small repository: enterprise 1 (任城区, black-listed, a serious penalty with an earlier version),
 * enterprise 2 (a fine only), social organisation 1 (registered with the city) and person 1.
 */
final class QueryFixture {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    static final Set<String> ALL = Set.of("ADMIN_PENALTY", "ADMIN_LICENCE", "CREDIT_LIST", "ENTERPRISE_BASICS",
            "NON_ENTERPRISE_BASICS", "NATURAL_PERSON_BASICS");
    static final RecordChecker CHECKER = new RecordChecker(Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"),
            ZoneOffset.UTC));
    static final JointMeasures MEASURES = new JointMeasures(Map.of("重大税收违法失信主体名单",
            List.of("限制取得政府供应土地", "从严审批")), List.of("依法限制"), Set.of("吊销许可证件", "责令关闭"),
            List.of("列为重点监管对象"));

    final SealingIdentity hub;
    final AccessPolicy policy;
    final AccessLedger ledger;
    final AuditTrail trail;
    final ProfileQuery profiles;
    final BatchCheck batch;
    final WhoQueriedMe whoQueried;
    final VoucherOffice office;
    final DataSource dataSource;

    QueryFixture(DataSource dataSource) throws Exception {
        this.dataSource = dataSource;
        hub = DemoKeys.generate("hub");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        policy = new AccessPolicy(List.of(
                party("city-amr", ServiceRole.CITY_BUREAU, List.of(), ALL,
                        Map.of("ENTERPRISE_BASICS", List.of("name", "uscc", "region")), Set.of("行政审批", "日常监管"), 1000),
                party("city-tax", ServiceRole.CITY_BUREAU, List.of(), Set.of("ADMIN_PENALTY"), Map.of(), Set.of("税务稽查"),
                        1000),
                party("rencheng", ServiceRole.COUNTY_BUREAU, List.of("370811"), ALL, Map.of(), Set.of("日常监管"), 1000),
                party("window", ServiceRole.SERVICE_WINDOW, List.of(), ALL, Map.of(), Set.of("本人查询"), 1000),
                party("agency-1", ServiceRole.CREDIT_AGENCY, List.of(),
                        Set.of("ADMIN_PENALTY", "CREDIT_LIST", "ENTERPRISE_BASICS"), Map.of(), Set.of("信用报告"), 1000),
                party("lender", ServiceRole.PLATFORM, List.of(), ALL, Map.of(), Set.of("贷款审批"), 1000),
                party("small", ServiceRole.CITY_BUREAU, List.of(), ALL, Map.of(), Set.of("日常监管"), 2)));
        ledger = new AccessLedger(dataSource);
        trail = new AuditTrail(dataSource, clock, null, 1000);
        AccessGate gate = new AccessGate(policy, ledger, clock);
        SubjectDirectory directory = new SubjectDirectory(dataSource);
        SubjectRecords records = new SubjectRecords(dataSource);
        QueryAudit audit = new QueryAudit(trail);
        profiles = new ProfileQuery(gate, directory, records, vouchers(clock), audit);
        batch = new BatchCheck(gate, directory, records, audit, MEASURES, clock);
        whoQueried = new WhoQueriedMe(gate, directory, new QueryLog(dataSource), audit);
        office = office(clock);
        load(new CreditRecordStore(dataSource));
    }

    VoucherCheck vouchers(Clock clock) {
        return new VoucherCheck(new BcSm2SignatureVerifier(), hub.certificate().getPublicKey(), ledger, clock);
    }

    VoucherOffice office(Clock clock) throws Exception {
        return new VoucherOffice(policy, new BcSm2Signer(hub.privateKey()), ledger, trail, clock);
    }

    static PartyPolicy party(String id, ServiceRole role, List<String> divisions, Set<String> categories,
                             Map<String, List<String>> fields, Set<String> purposes, int perDay) {
        return new PartyPolicy(id, role, divisions, categories, fields, purposes, Set.<Reveal>of(), 60, perDay);
    }

    static String uscc(int n) {
        return SampleRecords.enterpriseUscc(n);
    }

    static String personId() {
        return SampleRecords.naturalPersonBasics(1).get("idNumber").asText();
    }

    static String organisationCode() {
        return SampleRecords.nonEnterpriseBasics(1).get("uscc").asText();
    }

    private static void load(CreditRecordStore store) {
        ObjectNode serious = SampleRecords.penalty(1);
        serious.putArray("penaltyKinds").add("罚款").add("吊销许可证件");
        store.write(batch(1, "jn-amr", List.of(checked("ADMIN_PENALTY", "PEN-1", SampleRecords.penalty(1)))));
        store.write(batch(2, "jn-amr", List.of(checked("ADMIN_PENALTY", "PEN-1", serious),
                checked("ENTERPRISE_BASICS", "EB-1", SampleRecords.enterpriseBasics(1)),
                checked("ENTERPRISE_BASICS", "EB-2", SampleRecords.enterpriseBasics(2)),
                checked("ADMIN_PENALTY", "PEN-2", SampleRecords.penalty(2)),
                checked("NON_ENTERPRISE_BASICS", "NB-1", SampleRecords.nonEnterpriseBasics(1)),
                checked("NATURAL_PERSON_BASICS", "NP-1", SampleRecords.naturalPersonBasics(1)))));
        store.write(batch(3, "jn-tax", List.of(checked("CREDIT_LIST", "BL-1", SampleRecords.creditListEntry(1)))));
    }

    private static AcceptedRecord checked(String category, String recordId, ObjectNode data) {
        RecordVerdict verdict = CHECKER.check(new SubmittedRecord(recordId, category, data));
        assertThat(verdict.violations()).as("violations of %s", data).isEmpty();
        return verdict.accepted();
    }

    private static AcceptedBatch batch(long sequence, String source, List<AcceptedRecord> records) {
        return new AcceptedBatch(source, "B-" + sequence, Instant.parse("2026-11-20T00:00:00Z").plusSeconds(sequence),
                sequence, records);
    }
}
