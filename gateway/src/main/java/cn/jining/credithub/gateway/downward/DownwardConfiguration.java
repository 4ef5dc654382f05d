package cn.jining.credithub.gateway.downward;

import cn.jining.credithub.adapters.downward.DownwardCircuit;
import cn.jining.credithub.adapters.downward.DownwardDeliveryTemplates;
import cn.jining.credithub.adapters.downward.DownwardReception;
import cn.jining.credithub.adapters.downward.ProvinceDownwardRoute;
import cn.jining.credithub.contracts.province.AcknowledgementSigner;
import cn.jining.credithub.contracts.seal.ReplayGuard;
import cn.jining.credithub.repository.intake.JdbcReplayGuard;
import cn.jining.credithub.contracts.seal.PayloadOpener;
import cn.jining.credithub.contracts.seal.SealVerifier;
import cn.jining.credithub.contracts.seal.TrustedSigners;
import cn.jining.credithub.gateway.broker.BrokerProperties;
import cn.jining.credithub.gateway.broker.EmbeddedBroker;
import cn.jining.credithub.gateway.security.HubKeys;
import cn.jining.credithub.gateway.security.KeyMaterialException;
import cn.jining.credithub.repository.audit.AuditTrail;
import cn.jining.credithub.routes.source.SourceDefinition;
import cn.jining.credithub.routes.source.SourceRegistry;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The downward channel (docs/province.md "Downward"): the province's inbound endpoint, trusting the province
 * certificate alone, and one delivery route per registry entry with a {@code downward} subscription, each
 * draining its own durable queue on the downward address. A new subscriber is a registry entry, no code.
 */
@Configuration(proxyBeanMethods = false)
public class DownwardConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DownwardConfiguration.class);

    /** In the database: shared by every hub node and kept across restarts (docs/province.md "Downward"). */
    @Bean
    ReplayGuard downwardReplayGuard(DataSource dataSource, Clock clock,
                                    @Value("${credithub.downward.pending-grace:PT2M}") Duration pendingGrace) {
        return new JdbcReplayGuard(dataSource, clock, pendingGrace);
    }

    @Bean
    DownwardReception downwardReception(HubKeys keys, ReplayGuard downwardReplayGuard, AuditTrail audit, Clock clock)
            throws GeneralSecurityException {
        TrustedSigners province;
        try {
            province = TrustedSigners.of(keys.province());
        } catch (KeyMaterialException e) {
            // SECURITY: no province certificate, no trusted signer: every downward envelope is refused
            // (UNKNOWN_SIGNER); the rest of the hub runs on.
            LOG.warn("downward channel refuses everything: {}", e.getMessage());
            province = TrustedSigners.of(List.of());
        }
        // Envelopes encrypted for the hub are opened with the hub's key; clear ones are verified as they are.
        SealVerifier verifier = new SealVerifier(province, downwardReplayGuard, clock, PayloadOpener.forRecipient(keys.hub()));
        return new DownwardReception(verifier, downwardReplayGuard, new AcknowledgementSigner(keys.hub(), clock), audit, clock);
    }

    @Bean
    ProvinceDownwardRoute provinceDownwardRoute(DownwardReception reception) {
        return new ProvinceDownwardRoute(reception);
    }

    @Bean
    DownwardDeliveryTemplates downwardDeliveryTemplates(AuditTrail audit) {
        return new DownwardDeliveryTemplates(audit);
    }

    /** Picked up by Camel as a route policy factory: the circuit breaker of every subscriber's route. */
    @Bean
    DownwardCircuit downwardCircuit(@Value("${credithub.downward.retry-interval:30s}") Duration retryInterval) {
        return new DownwardCircuit(retryInterval.toMillis());
    }

    @Bean
    DownwardQueues downwardQueues(SourceRegistry registry, BrokerProperties broker,
                                  ObjectProvider<EmbeddedBroker> embedded,
                                  @Value("${credithub.queues.downward}") String address,
                                  @Value("${credithub.queues.dead-letter-address:DLA}") String deadLetterAddress)
            throws Exception {
        return new DownwardQueues(broker, embedded.getIfAvailable(), address, deadLetterAddress, subscribers(registry));
    }

    @Bean
    DownwardSubscriberRoutes downwardSubscriberRoutes(SourceRegistry registry, DownwardQueues queues, HubKeys keys,
                                                      Environment environment) throws GeneralSecurityException {
        return new DownwardSubscriberRoutes(subscribers(registry), queues, keys.hub(), environment);
    }

    private static List<SourceDefinition> subscribers(SourceRegistry registry) {
        return registry.all().stream().filter(s -> s.downward() != null).toList();
    }
}
