package cn.jining.credithub.gateway.http;

import cn.jining.credithub.gateway.storage.DataFolders;
import cn.jining.credithub.gateway.wiring.HubProperties;
import org.apache.camel.CamelContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The HTTP server's hub-wide concerns for every channel under /api and /soap: the readiness gate first, then body
 * size and concurrency limits.
 */
@Configuration(proxyBeanMethods = false)
public class HttpConfiguration {

    @Bean
    FilterRegistrationBean<ReadinessGate> readinessGate(ApplicationAvailability availability,
                                                       ObjectProvider<CamelContext> camel,
                                                       ObjectProvider<DataFolders> folders) {
        FilterRegistrationBean<ReadinessGate> registration =
                new FilterRegistrationBean<>(new ReadinessGate(availability, camel, folders));
        registration.addUrlPatterns("/api/*", "/soap/*");
        // Before everything else: a hub that is not ready neither reads bodies nor checks signatures.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Every body the hub reads, bounded in size and in how many are read at once (docs/operations.md). */
    @Bean
    BodyGate bodyGate(HubProperties properties,
                      @Value("${credithub.intake.max-concurrent-bodies:0}") int maxConcurrentBodies) {
        return new BodyGate(properties.intake().maxBodyBytes(), maxConcurrentBodies);
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(BodyGate bodies) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(bodies));
        registration.addUrlPatterns("/api/*");
        // The SOAP channel: the same byte limit before the XML parser sees anything.
        registration.addUrlPatterns("/soap/*");
        // After the readiness gate and the signature filter, which decides on the headers before any body is read.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
