package cn.jining.credithub.gateway.http;

import cn.jining.credithub.gateway.storage.DataFolders;
import cn.jining.credithub.gateway.wiring.HubProperties;
import org.apache.camel.CamelContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The HTTP server's hub-wide concerns for every channel under /api and /soap: the readiness gate first, then body
 * size limits.
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

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(HubProperties properties) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(properties.intake().maxBodyBytes()));
        registration.addUrlPatterns("/api/*");
        // The SOAP channel: the same byte limit before the XML parser sees anything.
        registration.addUrlPatterns("/soap/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
