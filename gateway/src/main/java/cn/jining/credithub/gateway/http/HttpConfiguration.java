package cn.jining.credithub.gateway.http;

import cn.jining.credithub.gateway.wiring.HubProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The HTTP server's hub-wide concerns: body size limits for every channel under /api and /soap. */
@Configuration(proxyBeanMethods = false)
public class HttpConfiguration {

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(HubProperties properties) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(properties.intake().maxBodyBytes()));
        registration.addUrlPatterns("/api/*");
        // The SOAP channel: the same byte limit before the XML parser sees anything.
        registration.addUrlPatterns("/soap/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
