package cn.jining.credithub.adapters.province;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.repository.WriteResult;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;

/**
 * The province destination: drains its own durable queue on the accepted-records address in JMS transactions and
 * commits a message only once the province acknowledged every upward batch cut from it. While the province is
 * unavailable the consumer waits with back-off holding its one message uncommitted, so the rest wait in Artemis
 * and the delivery count does not grow (no dead letters for an outage); its own consumer, so the repository never
 * waits. A batch the province refuses outright fails into the error policy and ends, with its reason, in the DLQ.
 */
public class ProvinceDestinationRoute extends RouteBuilder {

    public static final String ROUTE_ID = "province-writer";
    private final ProvinceDelivery delivery;

    public ProvinceDestinationRoute(ProvinceDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void configure() {
        // One consumer: batches reach the province in queue order, and the back-off holds one message, not many.
        from("jms:queue:{{credithub.queues.accepted}}::{{credithub.queues.province}}"
                + "?transacted=true&disableReplyTo=true&concurrentConsumers=1")
                .routeId(ROUTE_ID)
                .routeConfigurationId("broker-consumer")
                .autoStartup("{{credithub.province.enabled:true}}")
                .unmarshal(new JacksonDataFormat(ContractsJson.mapper(), AcceptedBatch.class))
                .process(this::deliver);
    }

    private void deliver(Exchange exchange) throws Exception {
        AcceptedBatch batch = exchange.getMessage().getMandatoryBody(AcceptedBatch.class);
        // Keep trying while this route runs; a stopping hub rolls the message back for the next start.
        WriteResult result = delivery.deliver(batch, () -> running(exchange));
        log.info("batch {} of {} acknowledged by the province: {} received, {} already held", batch.batchId(),
                batch.sourceId(), result.written(), result.unchanged());
        exchange.getMessage().setBody(result);
    }

    /**
     * False once the hub or this route is stopping. Stopping a route suspends its consumer first and then waits for
     * the exchange in flight, so the consumer's state is the signal; waiting on would end in a forced, interrupting
     * stop after the shutdown timeout.
     */
    private static boolean running(Exchange exchange) {
        Route route = exchange.getContext().getRoute(ROUTE_ID);
        // The JMS consumer is suspended (not stopped) while the route stops, and a suspended service still counts as
        // "run allowed": ask for the states themselves.
        boolean consumerRuns = route != null && !(route.getConsumer() instanceof ServiceSupport consumer
                && (consumer.isSuspendingOrSuspended() || consumer.isStoppingOrStopped()));
        return consumerRuns && !exchange.getContext().isStopping() && !Thread.currentThread().isInterrupted();
    }
}
