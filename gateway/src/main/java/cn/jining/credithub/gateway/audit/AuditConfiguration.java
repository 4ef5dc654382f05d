package cn.jining.credithub.gateway.audit;

import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.contracts.seal.Signer;
import cn.jining.credithub.gateway.cluster.NodeId;
import cn.jining.credithub.gateway.database.IntakeDatabase;
import cn.jining.credithub.repository.audit.AuditTrail;
import cn.jining.credithub.repository.audit.AuditVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Wires the audit trail (docs/audit.md): the trail, the intake's auditor, the verifier, optional checkpoint signing. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    /** The checkpoint identity, or null when no keystore is configured (the chain is then unsigned). */
    static SealingIdentity checkpointIdentity(String keystore, String alias, String password)
            throws GeneralSecurityException, IOException {
        if (keystore == null || keystore.isBlank()) {
            return null;
        }
        try (InputStream in = Files.newInputStream(Path.of(keystore))) {
            return SealingIdentity.fromPkcs12(in, password == null ? new char[0] : password.toCharArray(), alias);
        }
    }

    /** SECURITY: the keystore password comes only from the environment, never from a file in the repository. */
    private static SealingIdentity checkpointIdentity(String keystore, String alias)
            throws GeneralSecurityException, IOException {
        return checkpointIdentity(keystore, alias, System.getenv("CREDITHUB_AUDIT_KEYSTORE_PASSWORD"));
    }

    /** The trail the destination writers append to, joining their transactions on the main pool. */
    @Bean
    @Primary
    AuditTrail auditTrail(DataSource dataSource,
                          @Value("${credithub.audit.keystore:${CREDITHUB_AUDIT_KEYSTORE:}}") String keystore,
                          @Value("${credithub.audit.alias:audit}") String alias,
                          @Value("${credithub.audit.checkpoint-every:1000}") int checkpointEvery,
                          NodeId nodeId,
                          @Value("${credithub.audit.anchor-every:1s}") Duration anchorEvery)
            throws GeneralSecurityException, IOException {
        return trail(dataSource, keystore, alias, checkpointEvery, nodeId, anchorEvery);
    }

    /**
     * The same trail as the request-answering side appends to it (submissions, rejections, refusals): through the
     * intake's bounded pool, so a database outage answers the source 503 at once instead of after the main pool's wait.
     */
    @Bean
    AuditTrail intakeAuditTrail(IntakeDatabase database,
                                @Value("${credithub.audit.keystore:${CREDITHUB_AUDIT_KEYSTORE:}}") String keystore,
                                @Value("${credithub.audit.alias:audit}") String alias,
                                @Value("${credithub.audit.checkpoint-every:1000}") int checkpointEvery,
                                NodeId nodeId,
                                @Value("${credithub.audit.anchor-every:1s}") Duration anchorEvery)
            throws GeneralSecurityException, IOException {
        return trail(database.dataSource(), keystore, alias, checkpointEvery, nodeId, anchorEvery);
    }

    /** This node's chain (credithub.node-id, unique per hub node; docs/audit.md "Several hub nodes"). */
    private static AuditTrail trail(DataSource dataSource, String keystore, String alias, int checkpointEvery,
                                    NodeId nodeId, Duration anchorEvery) throws GeneralSecurityException, IOException {
        SealingIdentity identity = checkpointIdentity(keystore, alias);
        Signer signer = identity == null ? null : identity.signer();
        // UTC system clock: entry times are instants, written in UTC whatever the hub's time zone.
        return new AuditTrail(dataSource, Clock.systemUTC(), signer, checkpointEvery, nodeId.value(), anchorEvery);
    }

    @Bean
    IntakeAudit intakeAudit(@Qualifier("intakeAuditTrail") AuditTrail trail) {
        return new IntakeAudit(trail);
    }

    @Bean
    AuditVerifier auditVerifier(DataSource dataSource,
                                @Value("${credithub.audit.keystore:${CREDITHUB_AUDIT_KEYSTORE:}}") String keystore,
                                @Value("${credithub.audit.alias:audit}") String alias,
                                @Value("${credithub.audit.checkpoint-every:1000}") int checkpointEvery)
            throws GeneralSecurityException, IOException {
        SealingIdentity identity = checkpointIdentity(keystore, alias);
        return identity == null ? new AuditVerifier(dataSource)
                : new AuditVerifier(dataSource, identity.certificate().getPublicKey(), checkpointEvery);
    }
}
