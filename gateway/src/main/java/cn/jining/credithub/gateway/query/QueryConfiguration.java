package cn.jining.credithub.gateway.query;

import cn.jining.credithub.contracts.seal.BcSm2SignatureVerifier;
import cn.jining.credithub.gateway.security.HubKeys;
import cn.jining.credithub.repository.audit.AuditTrail;
import cn.jining.credithub.repository.query.AccessLedger;
import cn.jining.credithub.repository.query.QueryLog;
import cn.jining.credithub.repository.query.SubjectDirectory;
import cn.jining.credithub.repository.query.SubjectRecords;
import cn.jining.credithub.services.policy.AccessGate;
import cn.jining.credithub.services.policy.AccessPolicy;
import cn.jining.credithub.services.policy.PolicyChanges;
import cn.jining.credithub.services.query.BatchCheck;
import cn.jining.credithub.services.query.ProfileQuery;
import cn.jining.credithub.services.query.QueryAudit;
import cn.jining.credithub.services.query.WhoQueriedMe;
import cn.jining.credithub.services.voucher.VoucherCheck;
import cn.jining.credithub.services.voucher.VoucherOffice;
import java.security.GeneralSecurityException;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the query services (docs/query.md) on the repository, the audit trail and the hub's SM2 key. */
@Configuration(proxyBeanMethods = false)
public class QueryConfiguration {

    /** The policy in force, as configured. */
    @Bean
    AccessPolicy accessPolicy(QueryProperties properties) {
        return new AccessPolicy(properties.parties());
    }

    /** A change of the policy since the last start is audited once the context (and its migrations) is up. */
    @Bean
    ApplicationRunner auditPolicyChange(AccessPolicy policy, DataSource dataSource, AuditTrail auditTrail) {
        return args -> new PolicyChanges(dataSource, new AccessLedger(dataSource), auditTrail, Clock.systemUTC())
                .recordIfChanged(policy, "credithub.query.parties");
    }

    @Bean
    QueryServices queryServices(AccessPolicy policy, QueryProperties properties, DataSource dataSource,
                                AuditTrail auditTrail, HubKeys keys) throws GeneralSecurityException {
        Clock clock = Clock.systemUTC();
        AccessLedger ledger = new AccessLedger(dataSource);
        AccessGate gate = new AccessGate(policy, ledger, clock);
        SubjectDirectory directory = new SubjectDirectory(dataSource);
        SubjectRecords records = new SubjectRecords(dataSource);
        QueryAudit audit = new QueryAudit(auditTrail);
        VoucherCheck vouchers = new VoucherCheck(new BcSm2SignatureVerifier(),
                keys.hub().certificate().getPublicKey(), ledger, clock);
        return new QueryServices(new ProfileQuery(gate, directory, records, vouchers, audit),
                new BatchCheck(gate, directory, records, audit, properties.measures(), clock),
                new WhoQueriedMe(gate, directory, new QueryLog(dataSource), audit),
                new VoucherOffice(policy, keys.hub().signer(), ledger, auditTrail, clock), directory);
    }

    /** The services the controller calls. */
    record QueryServices(ProfileQuery profiles, BatchCheck batch, WhoQueriedMe whoQueried, VoucherOffice vouchers,
                         SubjectDirectory directory) {
    }
}
