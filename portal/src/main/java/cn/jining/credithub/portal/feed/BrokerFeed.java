package cn.jining.credithub.portal.feed;

import cn.jining.credithub.contracts.publication.PublicationEvent;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.io.IOException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.jms.listener.SessionAwareMessageListener;

/**
 * The feed's transport from the hub's Artemis: one transacted consumer on the feed queue (one, so events reach the
 * applier in the order the hub sent them). A message that cannot be read or applied rolls back, and the broker's
 * redelivery settings and dead-letter address decide what follows (the broker owns redelivery). While the hub is
 * unreachable the container retries the connection and the site keeps serving what it holds.
 */
public final class BrokerFeed {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerFeed.class);
    private static final long RECOVERY_MILLIS = 5_000;

    private BrokerFeed() {
    }

    /** A listener container (not started) that applies every message of the feed queue. */
    public static DefaultMessageListenerContainer container(FeedProperties properties, FeedApplier applier) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(properties.brokerUrl(), properties.user(),
                properties.password());
        DefaultMessageListenerContainer container = new DefaultMessageListenerContainer();
        container.setConnectionFactory(factory);
        container.setDestinationName(properties.queue());
        container.setSessionTransacted(true);
        container.setConcurrentConsumers(1);
        container.setMaxConcurrentConsumers(1);
        container.setRecoveryInterval(RECOVERY_MILLIS);
        container.setMessageListener((SessionAwareMessageListener<Message>) (message, session) ->
                applier.apply(read(message)));
        container.setErrorHandler(failure -> LOG.warn("publication event not applied, left to the broker's "
                + "redelivery: {}", failure.getMessage()));
        container.afterPropertiesSet();
        return container;
    }

    private static PublicationEvent read(Message message) throws JMSException {
        if (!(message instanceof TextMessage text)) {
            throw new JMSException("publication feed message " + message.getJMSMessageID() + " is not a text message");
        }
        try {
            return FeedEvents.one(text.getText());
        } catch (IOException e) {
            LOG.warn("publication feed message {} is not a publication event: {}", message.getJMSMessageID(),
                    e.getMessage());
            // Not a JMSException: that would make the container drop its connection; this only rolls back.
            throw new IllegalArgumentException("not a publication event: " + e.getMessage(), e);
        }
    }
}
