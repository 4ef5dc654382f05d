package cn.jining.credithub.adapters.publication;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.publication.PublicationEvent;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

/**
 * Moves the feed's events from the outbox to its durable queue (PublicationEvent JSON, one message each, grouped by
 * record so a consumer with several threads still applies one record's events in order), and runs the scheduled
 * withdrawal of records whose period ended. An event is forgotten only after it is on the queue: a crash in between
 * sends it again with the same event id, which consumers answer as already done.
 */
public class PublicationFeedRoute extends RouteBuilder {

    public static final String DRAIN_ROUTE_ID = "publication-outbox";
    public static final String WITHDRAWAL_ROUTE_ID = "publication-withdrawal";
    /** The feed queue as an endpoint; its name is configuration (credithub.queues.publication-feed). */
    public static final String FEED_QUEUE = "jms:queue:{{credithub.queues.publication-feed}}";
    /** The JMS message group: Artemis gives one record's events to one consumer, in order. */
    static final String GROUP = "JMSXGroupID";
    private static final int PER_ROUND = 200;

    private final FeedOutbox outbox;
    private final Runnable withdrawal;
    private ProducerTemplate producer;

    public PublicationFeedRoute(FeedOutbox outbox, Runnable withdrawal) {
        this.outbox = outbox;
        this.withdrawal = withdrawal;
    }

    @Override
    public void configure() {
        producer = getContext().createProducerTemplate();
        from("timer:publication-outbox?period={{credithub.publication.drain-interval:1000}}")
                .routeId(DRAIN_ROUTE_ID)
                .autoStartup("{{credithub.publication.enabled:true}}")
                .process(this::drain);
        from("timer:publication-withdrawal?period={{credithub.publication.withdrawal-interval:600000}}")
                .routeId(WITHDRAWAL_ROUTE_ID)
                .autoStartup("{{credithub.publication.enabled:true}}")
                .process(exchange -> withdrawal.run());
    }

    private void drain(Exchange exchange) throws Exception {
        String queue = getContext().resolvePropertyPlaceholders(FEED_QUEUE);
        List<PublicationEvent> events;
        while (!(events = outbox.pending(PER_ROUND)).isEmpty()) {
            for (PublicationEvent event : events) {
                producer.sendBodyAndHeaders(queue, ExchangePattern.InOnly,
                        ContractsJson.mapper().writeValueAsString(event), Map.<String, Object>of(GROUP, event.recordKey()));
            }
            outbox.sent(events.stream().map(PublicationEvent::eventId).toList());
            log.info("{} publication events on the feed queue", events.size());
        }
    }
}
