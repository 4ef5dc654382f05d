package cn.jining.credithub.gateway.wiring;

import cn.jining.credithub.adapters.repository.DeliveryMetrics;
import cn.jining.credithub.adapters.repository.RepositoryDestinationRoute;
import cn.jining.credithub.adapters.rest.RestSubmissionRoute;
import cn.jining.credithub.contracts.exchange.Receipt;
import cn.jining.credithub.contracts.exchange.Submission;
import cn.jining.credithub.contracts.validation.RecordChecker;
import cn.jining.credithub.repository.CreditRecordStore;
import cn.jining.credithub.repository.audit.AuditTrail;
import cn.jining.credithub.routes.dispatch.DispatchRoute;
import cn.jining.credithub.routes.error.ErrorPolicy;
import cn.jining.credithub.routes.intake.IntakeLimits;
import cn.jining.credithub.routes.intake.IntakeRoute;
import cn.jining.credithub.routes.intake.SourceAuthorisation;
import cn.jining.credithub.gateway.audit.RefusalAudit;
import cn.jining.credithub.gateway.demo.DemoProperties;
import cn.jining.credithub.routes.intake.IntakeService;
import cn.jining.credithub.routes.metrics.IntakeMetrics;
import cn.jining.credithub.routes.source.SourceRegistry;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the hub: the standard's checker, the intake, the routes of every channel and destination. */
@Configuration(proxyBeanMethods = false)
public class HubConfiguration {

    @Bean
    Clock hubClock(HubProperties properties) {
        return Clock.system(ZoneId.of(properties.timeZone()));
    }

    @Bean
    SourceRegistry sourceRegistry(HubProperties properties, DemoProperties demo) {
        return SourceRegistryFactory.create(properties.sources(), demo.activeSources());
    }

    @Bean
    IntakeService intakeService(SourceRegistry sources, Clock clock, HubProperties properties) {
        return new IntakeService(sources, new RecordChecker(clock), clock, new IntakeLimits(
                properties.intake().maxRecordsPerBatch(), properties.intake().recordsPerMessage()));
    }

    @Bean
    CreditRecordStore creditRecordStore(DataSource dataSource) {
        return new CreditRecordStore(dataSource);
    }

    @Bean
    ErrorPolicy errorPolicy() {
        return new ErrorPolicy();
    }

    @Bean
    IntakeRoute intakeRoute(IntakeService intake, IntakeMetrics metrics, BiConsumer<Submission, Receipt> intakeAudit,
                            SourceAuthorisation authorisation, RefusalAudit refusalAudit) {
        return new IntakeRoute(intake, metrics, intakeAudit, authorisation, refusalAudit);
    }

    @Bean
    DispatchRoute dispatchRoute() {
        return new DispatchRoute();
    }

    @Bean
    RestSubmissionRoute restSubmissionRoute() {
        return new RestSubmissionRoute();
    }

    @Bean
    RepositoryDestinationRoute repositoryDestinationRoute(CreditRecordStore store, DeliveryMetrics metrics,
                                                          AuditTrail audit, DataSource dataSource) {
        return new RepositoryDestinationRoute(store, metrics, audit,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }
}
