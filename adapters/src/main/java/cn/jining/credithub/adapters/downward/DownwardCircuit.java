package cn.jining.credithub.adapters.downward;

import org.apache.camel.CamelContext;
import org.apache.camel.NamedNode;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.throttling.ThrottlingExceptionRoutePolicy;

/**
 * Gives every subscriber's delivery route a circuit breaker (Camel's {@link ThrottlingExceptionRoutePolicy}):
 * the first failed delivery suspends the route's queue consumer, and every {@code retryInterval} it takes the
 * head of the queue once more, resuming when that one is delivered. So a subscriber that is down costs one
 * attempt per interval, its batches wait in its durable queue in their order, and none is ever dead-lettered
 * for being undeliverable (docs/province.md "Downward").
 */
public class DownwardCircuit implements RoutePolicyFactory {

    private final long retryIntervalMillis;

    public DownwardCircuit(long retryIntervalMillis) {
        if (retryIntervalMillis < 2) {
            throw new IllegalArgumentException("retryInterval must be at least 2 ms");
        }
        this.retryIntervalMillis = retryIntervalMillis;
    }

    @Override
    public RoutePolicy createRoutePolicy(CamelContext camelContext, String routeId, NamedNode route) {
        if (routeId == null || !routeId.startsWith(DownwardDeliveryTemplates.ROUTE_PREFIX)) {
            return null;
        }
        // Threshold 1: one failure opens. The window must be shorter than the interval: the policy closes a
        // half-open circuit only when its last failure is older than the window.
        ThrottlingExceptionRoutePolicy policy = new ThrottlingExceptionRoutePolicy(1, retryIntervalMillis / 2,
                retryIntervalMillis, null);
        // Its state is logged on every exchange; failed deliveries are logged (WARN) by the error policy anyway.
        policy.setStateLoggingLevel("DEBUG");
        return policy;
    }
}
