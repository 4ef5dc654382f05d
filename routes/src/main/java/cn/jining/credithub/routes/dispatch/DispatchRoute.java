package cn.jining.credithub.routes.dispatch;

import cn.jining.credithub.routes.Endpoints;
import cn.jining.credithub.routes.error.ErrorPolicy;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;

/**
 * Moves accepted batches from the intake address to the multicast address, where every destination has
 * its own durable queue. Consumption and publication share one JMS transaction, so a crash in between
 * neither loses nor doubles a batch. Sealing joins this step.
 */
public class DispatchRoute extends RouteBuilder {

    @Override
    public void configure() {
        from(Endpoints.INTAKE_QUEUE + "?transacted=true&disableReplyTo=true"
                + "&concurrentConsumers={{credithub.dispatch.consumers:1}}")
                .routeId("dispatch")
                .routeConfigurationId(ErrorPolicy.BROKER_CONSUMER)
                .to(ExchangePattern.InOnly, Endpoints.ACCEPTED_TOPIC);
    }
}
