package cn.jining.credithub.gateway.province;

import cn.jining.credithub.adapters.province.ProvinceClient;
import cn.jining.credithub.adapters.province.ProvinceDelivery;
import cn.jining.credithub.adapters.province.ProvinceDestinationRoute;
import cn.jining.credithub.adapters.province.ProvinceLedger;
import cn.jining.credithub.adapters.province.ProvinceLink;
import cn.jining.credithub.adapters.province.ProvinceReconciler;
import cn.jining.credithub.adapters.province.ProvinceRecordOrder;
import cn.jining.credithub.adapters.province.ProvinceSealing;
import cn.jining.credithub.adapters.repository.DeliveryMetrics;
import cn.jining.credithub.gateway.cluster.ClusterSchedule;
import cn.jining.credithub.gateway.database.IntakeDatabase;
import cn.jining.credithub.gateway.security.HubKeys;
import cn.jining.credithub.gateway.security.KeyFolder;
import cn.jining.credithub.repository.audit.AuditTrail;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The upward province link (docs/province.md "Upward"): its destination route, ledger, reconciliation and health;
 * in the demo also the in-process province simulator it sends to. Off with {@code credithub.province.enabled=false}
 * (the province queue then keeps its records until the link is enabled).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "credithub.province.enabled", havingValue = "true", matchIfMissing = true)
public class ProvinceConfiguration {

    static final String DESTINATION = ProvinceDelivery.DESTINATION;

    /** Where the link sends and which TLS certificates it trusts there (null: the JDK's trust store). */
    public record ProvinceEndpoint(URI url, SSLContext tls) {
    }

    @Bean
    @ConditionalOnProperty(name = "credithub.province.simulator.enabled", havingValue = "true")
    ProvinceSimulatorLauncher provinceSimulatorLauncher(ProvinceProperties properties, HubKeys keys, KeyFolder folder,
                                                        Environment environment) {
        return new ProvinceSimulatorLauncher(properties, keys, folder, environment);
    }

    @Bean
    ProvinceEndpoint provinceEndpoint(ProvinceProperties properties, ObjectProvider<ProvinceSimulatorLauncher> launcher) {
        if (!ProvinceProperties.blank(properties.url())) {
            SSLContext tls = ProvinceProperties.blank(properties.tlsTrust()) ? null
                    : ProvinceTrust.fromPem(Path.of(properties.tlsTrust()));
            return new ProvinceEndpoint(URI.create(properties.url()), tls);
        }
        ProvinceSimulatorLauncher simulator = launcher.getIfAvailable();
        if (simulator == null) {
            throw new IllegalStateException("credithub.province.url is empty and the province simulator is off: set "
                    + "CREDITHUB_PROVINCE_URL to the provincial platform, or CREDITHUB_PROVINCE_ENABLED=false");
        }
        // SECURITY: trust exactly the certificate the simulator generated, not every certificate on the machine.
        return new ProvinceEndpoint(simulator.simulator().url(),
                ProvinceTrust.trusting(List.of(simulator.simulator().tlsCertificate())));
    }

    @Bean
    ProvinceLink provinceLink(ProvinceProperties properties, ProvinceEndpoint endpoint, HubKeys keys,
                              MeterRegistry registry, Clock clock) {
        return new ProvinceLink(properties.settings(endpoint.url()),
                new ProvinceClient(properties.settings(endpoint.url()), endpoint.tls()), keys.province(),
                metrics(registry), clock);
    }

    @Bean
    ProvinceLedger provinceLedger(DataSource dataSource) {
        return new ProvinceLedger(dataSource);
    }

    @Bean
    ProvinceDelivery provinceDelivery(ProvinceProperties properties, ProvinceEndpoint endpoint, HubKeys keys,
                                      ProvinceLink link, ProvinceLedger ledger, AuditTrail audit, DataSource dataSource,
                                      MeterRegistry registry, Clock clock) throws GeneralSecurityException {
        ProvinceSealing sealing = new ProvinceSealing(properties.settings(endpoint.url()), keys.hub(), keys.province(),
                clock);
        return new ProvinceDelivery(sealing, link, ledger, new ProvinceRecordOrder(dataSource), metrics(registry), audit,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), clock);
    }

    @Bean
    ProvinceDestinationRoute provinceDestinationRoute(ProvinceDelivery delivery) {
        return new ProvinceDestinationRoute(delivery);
    }

    @Bean
    ProvinceReconciler provinceReconciler(ProvinceProperties properties, ProvinceLedger ledger, ProvinceLink link,
                                          ProvinceDelivery delivery, Clock clock) {
        return new ProvinceReconciler(ledger, link, delivery, properties.reconcileLookback(), clock);
    }

    @Bean
    ProvinceReconciliationSchedule provinceReconciliationSchedule(ProvinceProperties properties,
                                                                  ProvinceReconciler reconciler, Clock clock,
                                                                  ClusterSchedule schedule) {
        return new ProvinceReconciliationSchedule(reconciler, properties.reconcileCron(), clock.getZone(), schedule);
    }

    /** The health component {@code province} (the bean name minus its suffix). */
    @Bean
    ProvinceLinkHealthIndicator provinceHealthIndicator(ProvinceLink link, IntakeDatabase database,
                                                        ProvinceEndpoint endpoint, Clock clock) {
        return new ProvinceLinkHealthIndicator(link, new ProvinceLedger(database.dataSource()), endpoint.url(), clock);
    }

    /**
     * The province's delivery meters; not a bean, so the repository route's single {@link DeliveryMetrics} stays
     * unambiguous. Micrometer hands every instance the same meters.
     */
    private static DeliveryMetrics metrics(MeterRegistry registry) {
        return new DeliveryMetrics(registry, DESTINATION, Clock.systemUTC());
    }
}
