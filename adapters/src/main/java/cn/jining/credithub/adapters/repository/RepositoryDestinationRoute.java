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

    public RepositoryDestinationRoute(CreditRecordStore store) {
        this.store = store;
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
        WriteResult result = store.write(batch);
        log.info("batch {} of {} in the repository: {} written, {} unchanged", batch.batchId(), batch.sourceId(),
                result.written(), result.unchanged());
        exchange.getMessage().setBody(result);
    }
}
