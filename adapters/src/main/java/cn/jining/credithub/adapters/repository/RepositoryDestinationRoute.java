package cn.jining.credithub.adapters.repository;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.repository.CreditRecordStore;
import cn.jining.credithub.repository.WriteResult;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;

/**
 * The credit repository destination: drains its own durable queue on the accepted-records address in
 * JMS transactions and upserts each batch. The database commit comes first; a crash before the JMS commit
 * redelivers the batch, and the idempotent upsert makes that harmless.
 */
public class RepositoryDestinationRoute extends RouteBuilder {

    public static final String ROUTE_ID = "repository-writer";
    private final CreditRecordStore store;
    private final DeliveryMetrics metrics;

    public RepositoryDestinationRoute(CreditRecordStore store, DeliveryMetrics metrics) {
        this.store = store;
        this.metrics = metrics;
    }

    @Override
    public void configure() {
        from("jms:queue:{{credithub.queues.accepted}}::{{credithub.queues.repository}}"
                + "?transacted=true&disableReplyTo=true"
                + "&concurrentConsumers={{credithub.destinations.repository.consumers:2}}")
                .routeId(ROUTE_ID)
                .routeConfigurationId("broker-consumer")
                .autoStartup("{{credithub.destinations.repository.auto-startup:true}}")
                .unmarshal(new JacksonDataFormat(ContractsJson.mapper(), AcceptedBatch.class))
                .process(this::write);
    }

    private void write(Exchange exchange) throws Exception {
        AcceptedBatch batch = exchange.getMessage().getMandatoryBody(AcceptedBatch.class);
        WriteResult result;
        try {
            result = store.write(batch);
        } catch (RuntimeException e) {
            // Counted per attempt; the failure itself goes on to the error policy, which rolls back or dead-letters.
            metrics.failed();
            throw e;
        }
        metrics.delivered(batch, result);
        log.info("batch {} of {} in the repository: {} written, {} unchanged", batch.batchId(), batch.sourceId(),
                result.written(), result.unchanged());
        exchange.getMessage().setBody(result);
    }
}
