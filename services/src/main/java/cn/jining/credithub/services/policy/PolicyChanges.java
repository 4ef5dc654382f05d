package cn.jining.credithub.services.policy;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.repository.audit.AuditEntry;
import cn.jining.credithub.repository.audit.AuditKind;
import cn.jining.credithub.repository.audit.AuditTrail;
import cn.jining.credithub.repository.query.AccessLedger;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audits changes of the access policy: when the hub starts with a policy whose fingerprint differs from the one last
 * recorded, a POLICY entry names both fingerprints and the parties, in the transaction that records the new one.
 */
public final class PolicyChanges {

    private final AccessLedger ledger;
    private final AuditTrail trail;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public PolicyChanges(DataSource dataSource, AccessLedger ledger, AuditTrail trail, Clock clock) {
        this.ledger = ledger;
        this.trail = trail;
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.clock = clock;
    }

    /** Records {@code policy} as in force; true when it differs from the last one recorded (and was audited). */
    public boolean recordIfChanged(AccessPolicy policy, String source) {
        Boolean changed = transaction.execute(status -> {
            String before = ledger.policyFingerprint().orElse(null);
            if (policy.fingerprint().equals(before)) {
                return false;
            }
            if (before == null && policy.parties().isEmpty()) {
                // The first start with the default (no party reads anything): nothing was granted, nothing to audit.
                ledger.policyChanged(policy.fingerprint(), clock.instant());
                return false;
            }
            ObjectNode detail = ContractsJson.mapper().createObjectNode();
            detail.put("before", before);
            detail.put("after", policy.fingerprint());
            detail.put("source", source);
            detail.set("parties", ContractsJson.mapper().valueToTree(
                    policy.parties().stream().map(PartyPolicy::partyId).sorted().toList()));
            trail.append(List.of(AuditEntry.of(AuditKind.POLICY, "POLICY", "hub", "query-policy", null, null, null,
                    detail.toString())));
            ledger.policyChanged(policy.fingerprint(), clock.instant());
            return true;
        });
        return Boolean.TRUE.equals(changed);
    }
}
