package cn.jining.credithub.adapters.publication;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.json.ContractsJson;
import java.util.function.ToIntFunction;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;

/**
 * The publication destination (docs/publication.md): drains its own durable queue on the accepted-records address in
 * JMS transactions and hands each batch to the feed's decisions, which write their events to the outbox in one
 * database transaction. A redelivery after a crash decides nothing twice (the feed keeps per-record state).
 */
public class PublicationDestinationRoute extends RouteBuilder {

    public static final String ROUTE_ID = "publication-writer";
    private final ToIntFunction<AcceptedBatch> feed;

    /** {@code feed} decides a batch and returns how many events it emitted. */
    public PublicationDestinationRoute(ToIntFunction<AcceptedBatch> feed) {
        this.feed = feed;
    }

    @Override
    public void configure() {
        // One consumer: versions of a record are decided in queue order (the feed also orders them by acceptance).
        from("jms:queue:{{credithub.queues.accepted}}::{{credithub.queues.publication}}"
                + "?transacted=true&disableReplyTo=true&concurrentConsumers=1")
                .routeId(ROUTE_ID)
                .routeConfigurationId("broker-consumer")
                .autoStartup("{{credithub.publication.enabled:true}}")
                .unmarshal(new JacksonDataFormat(ContractsJson.mapper(), AcceptedBatch.class))
                .process(this::decide);
    }

    private void decide(Exchange exchange) throws Exception {
        AcceptedBatch batch = exchange.getMessage().getMandatoryBody(AcceptedBatch.class);
        int events = feed.applyAsInt(batch);
        log.info("batch {} of {} decided for publication: {} events", batch.batchId(), batch.sourceId(), events);
    }
}
