package cn.jining.credithub.gateway.http;

import cn.jining.credithub.gateway.wiring.HubProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The HTTP server's hub-wide concerns: body size and concurrency limits for every channel under /api and /soap. */
@Configuration(proxyBeanMethods = false)
public class HttpConfiguration {

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
        // After the signature filter (HIGHEST_PRECEDENCE), which decides on the headers before any body is read.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
