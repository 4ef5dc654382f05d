package cn.jining.credithub.adapters.repository;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.repository.CreditRecordStore;
import cn.jining.credithub.repository.WriteResult;
import cn.jining.credithub.repository.audit.AuditEntry;
import cn.jining.credithub.repository.audit.AuditKind;
import cn.jining.credithub.repository.audit.AuditTrail;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The credit repository destination: drains its own durable queue on the accepted-records address in
 * JMS transactions and upserts each batch. The database commit comes first; a crash before the JMS commit
 * redelivers the batch, and the idempotent upsert makes that harmless. Each batch's DELIVERY audit entries
 * are appended in the same database transaction as its write: both commit or neither does.
 */
public class RepositoryDestinationRoute extends RouteBuilder {

    public static final String ROUTE_ID = "repository-writer";
    public static final String DESTINATION = "repository";
    private final CreditRecordStore store;
    private final DeliveryMetrics metrics;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    /** {@code transaction} must manage the DataSource that both {@code store} and {@code audit} write to. */
    public RepositoryDestinationRoute(CreditRecordStore store, DeliveryMetrics metrics, AuditTrail audit,
                                      TransactionTemplate transaction) {
        this.store = store;
        this.metrics = metrics;
        this.audit = audit;
        this.transaction = transaction;
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
            // The store's and the trail's own transactions join this one (same DataSource).
            result = transaction.execute(status -> {
                WriteResult written = store.write(batch);
                audit.append(deliveries(batch));
                return written;
            });
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

    /** One DELIVERY per record, written or unchanged: either way the repository now holds it. */
    private static List<AuditEntry> deliveries(AcceptedBatch batch) {
        return batch.records().stream().map(r -> AuditEntry.of(AuditKind.DELIVERY, r.category(), batch.sourceId(),
                batch.batchId(), r.recordId(), r.fingerprint(), DESTINATION, null)).toList();
    }
}
