package cn.jining.credithub.gateway.observability;

import org.apache.camel.CamelContext;
import org.apache.camel.mdc.MDCService;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.stereotype.Component;

/**
 * Puts the correlation ids of a record's path (source id and batch id headers) into the logging MDC on
 * every step of every route, through Camel's MDC service; the log pattern prints them.
 */
@Component
class CorrelationLogging implements CamelContextConfiguration {

    static final String HEADERS = "CreditHubSourceId,CreditHubBatchId";

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        // camel-mdc has no Spring Boot starter at 4.18.0 here; registered by hand as its starter would.
        MDCService mdc = new MDCService();
        mdc.setCustomHeaders(HEADERS);
        mdc.init(camelContext);
        try {
            camelContext.addService(mdc, true, true);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start Camel's MDC service", e);
        }
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        // nothing to do once started
    }
}
