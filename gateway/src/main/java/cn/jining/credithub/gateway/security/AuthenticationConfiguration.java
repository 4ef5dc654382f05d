package cn.jining.credithub.gateway.security;

import cn.jining.credithub.contracts.auth.RequestVerifier;
import cn.jining.credithub.gateway.audit.RefusalAudit;
import cn.jining.credithub.gateway.database.IntakeDatabase;
import cn.jining.credithub.gateway.http.BodyGate;
import cn.jining.credithub.repository.audit.AuditTrail;
import cn.jining.credithub.repository.intake.ReceivedBatchStore;
import cn.jining.credithub.routes.intake.ReceivedBatches;
import cn.jining.credithub.routes.intake.SourceAuthorisation;
import cn.jining.credithub.routes.source.SourceRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Source authentication (docs/rest-api.md, "Authentication"): the signed-request filter on the push channels,
 * before the size filter; the intake's source check with the persistent replay memory; REFUSAL auditing.
 */
@Configuration(proxyBeanMethods = false)
public class AuthenticationConfiguration {

    /** On the intake's bounded pool (gateway/database): a refusal while the database is down is answered at once. */
    @Bean
    RefusalAudit refusalAudit(@Qualifier("intakeAuditTrail") AuditTrail trail) {
        return new RefusalAudit(trail);
    }

    /** The replay memory on the intake's bounded pool, like {@link #refusalAudit}. */
    @Bean
    SourceAuthorisation sourceAuthorisation(IntakeDatabase database) {
        ReceivedBatchStore store = new ReceivedBatchStore(database.dataSource());
        return new SourceAuthorisation(new ReceivedBatches() {
            @Override
            public Optional<Instant> receivedAt(String sourceId, String batchId) {
                return store.receivedAt(sourceId, batchId);
            }

            @Override
            public void remember(String sourceId, String batchId, Instant receivedAt) {
                store.remember(sourceId, batchId, receivedAt);
            }
        });
    }

    @Bean
    FilterRegistrationBean<SignedRequestFilter> signedRequestFilter(
            HubKeys keys, SourceRegistry sources, RefusalAudit refusals, BodyGate bodies,
            @Value("${credithub.auth.window:PT5M}") Duration window,
            @Value("${credithub.auth.exempt}") List<String> exempt) {
        RequestVerifier verifier = new RequestVerifier(id -> sources.find(id).isPresent(), keys::sourceCertificate,
                Clock.systemUTC(), window);
        FilterRegistrationBean<SignedRequestFilter> registration = new FilterRegistrationBean<>(
                new SignedRequestFilter(verifier, exempt, refusals, bodies));
        registration.addUrlPatterns("/api/*", "/soap/*");
        // After the readiness gate (HIGHEST_PRECEDENCE); the headers decide before any body is read
        // (RequestSizeLimitFilter, HIGHEST_PRECEDENCE + 10, follows).
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
