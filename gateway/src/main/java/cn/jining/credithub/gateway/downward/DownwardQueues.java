package cn.jining.credithub.gateway.downward;

import cn.jining.credithub.gateway.broker.BrokerProperties;
import cn.jining.credithub.gateway.broker.EmbeddedBroker;
import cn.jining.credithub.routes.error.DeadLetters;
import cn.jining.credithub.routes.source.SourceDefinition;
import java.util.EnumSet;
import java.util.List;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQQueueExistsException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each subscriber's durable queue {@code <address>.<source id>} on the multicast downward address, and its
 * {@code DLQ.} queue, created at start-up over the broker's core protocol (embedded or external alike; the broker
 * creates nothing by itself). A queue exists from the first start that names the subscriber, so batches sent
 * while the bureau is offline, or before its route ever ran, wait in it.
 */
public final class DownwardQueues {

    private static final Logger LOG = LoggerFactory.getLogger(DownwardQueues.class);
    private final String address;

    /** {@code embedded} is the embedded broker, or null with an external one; it must be started already. */
    DownwardQueues(BrokerProperties broker, EmbeddedBroker embedded, String address, String deadLetterAddress,
                   List<SourceDefinition> subscribers) throws ActiveMQException {
        this.address = address;
        if (subscribers.isEmpty()) {
            return;
        }
        warnOnLimitedDeliveries(embedded);
        try (ActiveMQConnectionFactory factory = broker.clientFactory();
             ClientSessionFactory sessions = factory.getServerLocator().createSessionFactory();
             ClientSession session = sessions.createSession(blankToNull(broker.user()), blankToNull(broker.password()),
                     false, true, true, false, 0)) {
            // The addresses are broker.xml's; created here when a broker configuration lacks them.
            address(session, address, RoutingType.MULTICAST);
            address(session, deadLetterAddress, RoutingType.ANYCAST);
            for (SourceDefinition subscriber : subscribers) {
                String queue = queue(subscriber.id());
                // Exclusive: with several hub nodes on one broker, one consumer at a time, so a subscriber still gets
                // its batches in order and one batch is never delivered by two nodes at once.
                create(session, QueueConfiguration.of(queue).setAddress(address).setRoutingType(RoutingType.MULTICAST)
                        .setDurable(true).setExclusive(true));
                // Same shape as the hub's other dead-letter queues, so the dead-letter admin lists and replays them.
                create(session, QueueConfiguration.of(DeadLetters.QUEUE_PREFIX + queue).setAddress(deadLetterAddress)
                        .setRoutingType(RoutingType.ANYCAST).setDurable(true)
                        .setFilterString(DeadLetters.ORIGINAL_QUEUE + " = '" + queue + "'"));
            }
        } catch (ActiveMQException e) {
            throw e;
        } catch (Exception e) {
            throw new ActiveMQException("cannot create the downward queues on " + broker.url() + ": " + e.getMessage());
        }
    }

    /** The subscriber's queue name, e.g. {@code credit.downward.jn-court}. */
    String queue(String sourceId) {
        return address + "." + sourceId;
    }

    /** The fully qualified name a JMS consumer uses: {@code address::queue}. */
    String fullyQualified(String sourceId) {
        return address + "::" + queue(sourceId);
    }

    private static void address(ClientSession session, String name, RoutingType routing) throws ActiveMQException {
        if (!session.addressQuery(SimpleString.of(name)).isExists()) {
            session.createAddress(SimpleString.of(name), EnumSet.of(routing), false);
        }
    }

    private static void create(ClientSession session, QueueConfiguration queue) throws ActiveMQException {
        try {
            session.createQueue(queue);
        } catch (ActiveMQQueueExistsException e) {
            // Created by an earlier start: durable, with its waiting batches.
        }
    }

    private void warnOnLimitedDeliveries(EmbeddedBroker embedded) {
        if (embedded == null) {
            return;
        }
        int attempts = embedded.server().getActiveMQServer().getAddressSettingsRepository().getMatch(address)
                .getMaxDeliveryAttempts();
        if (attempts >= 0) {
            LOG.warn("the broker configuration allows {} deliveries on {}: a subscriber offline for longer loses its "
                    + "batches to its dead-letter queue (broker.xml sets -1, unlimited)", attempts, address);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
