package cn.jining.credithub.routes;

import cn.jining.credithub.contracts.auth.InternalHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.component.jms.JmsHeaderFilterStrategy;

/**
 * The header filter of every queue send (the hub's {@code jms} component): only the hub's own headers
 * ({@link InternalHeaders#mayQueue}) become JMS properties; whatever else a message picked up on its way (HTTP
 * headers such as Authorization or the request signature, Camel's headers) stays off the broker. What the hub
 * reads back from a queue is left to Camel's JMS defaults.
 */
public class QueueHeaderFilterStrategy extends JmsHeaderFilterStrategy {

    @Override
    public boolean applyFilterToCamelHeaders(String headerName, Object headerValue, Exchange exchange) {
        return !InternalHeaders.mayQueue(headerName) || super.applyFilterToCamelHeaders(headerName, headerValue, exchange);
    }
}
