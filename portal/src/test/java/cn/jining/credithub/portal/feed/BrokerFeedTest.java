package cn.jining.credithub.portal.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.contracts.publication.PublicationEvent;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.portal.Events;
import cn.jining.credithub.portal.TestStore;
import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.time.Duration;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

/**
 * The broker transport against a real embedded Artemis (in-VM acceptor, no port): events the hub puts on the
 * durable feed queue reach the store; a message that is not an event is redelivered by the broker and then
 * dead-lettered, and the events behind it are still applied.
 */
class BrokerFeedTest {

    private static final String CODE = "91370800MA3C5LBR2K";
    private static final String BROKER = "vm://7";
    private final TestStore store = TestStore.create();
    private EmbeddedActiveMQ broker;
    private DefaultMessageListenerContainer container;

    @BeforeEach
    void start() throws Exception {
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setPersistenceEnabled(false).setSecurityEnabled(false).addAcceptorConfiguration("in-vm", BROKER);
        configuration.addAddressSetting("#", new AddressSettings().setMaxDeliveryAttempts(2).setRedeliveryDelay(0)
                .setDeadLetterAddress(SimpleString.of("DLQ")).setAutoCreateDeadLetterResources(true));
        broker = new EmbeddedActiveMQ().setConfiguration(configuration).start();
        container = BrokerFeed.container(new FeedProperties(BROKER, "portal", "secret", null, null, null),
                store.applier());
        container.start();
    }

    @AfterEach
    void stop() throws Exception {
        container.shutdown();
        broker.stop();
    }

    @Test
    void eventsOnTheFeedQueueKeepTheStoreInStep() throws Exception {
        PublicationEvent published = Events.penalty("B-1", 1, CODE, "济宁港航物流有限公司", "济交罚〔2026〕7号");
        send(FeedEvents.write(published), "{not an event", FeedEvents.write(published),
                FeedEvents.write(Events.blackList("B-2", 1, CODE, "济宁港航物流有限公司")));
        await().atMost(Duration.ofSeconds(20)).until(() -> store.store().ofSubject(CODE).size() == 2);
        assertThat(store.jdbc().queryForObject("SELECT COUNT(*) FROM applied_event", Integer.class)).isEqualTo(2);

        send(FeedEvents.write(Events.withdraw(RecordCategory.ADMIN_PENALTY, "B-1", 2)));
        await().atMost(Duration.ofSeconds(20)).until(() -> store.store().ofSubject(CODE).size() == 1);
        var dead = broker.getActiveMQServer().locateQueue(SimpleString.of("DLQ." + FeedProperties.DEFAULT_QUEUE));
        assertThat(dead.getMessageCount()).as("the unreadable message, dead-lettered by the broker").isEqualTo(1);
    }

    private static void send(String... bodies) throws Exception {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(BROKER);
             Connection connection = factory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            MessageProducer producer = session.createProducer(session.createQueue(FeedProperties.DEFAULT_QUEUE));
            for (String body : bodies) {
                producer.send(session.createTextMessage(body));
            }
        }
    }
}
