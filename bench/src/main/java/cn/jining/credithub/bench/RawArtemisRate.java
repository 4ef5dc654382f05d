package cn.jining.credithub.bench;

import java.util.EnumSet;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;

/**
 * The broker's own ceiling on this machine: persistent messages of a given size sent and received with
 * the core client in transactions, and sent one durable message at a time, against the hub's broker.
 */
final class RawArtemisRate {

    /** Rates in messages per second. */
    record Figures(double sendPerSecond, double receivePerSecond, double sendAndReceivePerSecond,
                   double syncSendPerSecond) {
    }

    private RawArtemisRate() {
    }

    static Figures measure(String url, int messageBytes, int messages, int perTransaction) throws Exception {
        SimpleString queue = SimpleString.of("bench.raw");
        byte[] payload = new byte[messageBytes];
        try (ServerLocator locator = ActiveMQClient.createServerLocator(url);
             ClientSessionFactory factory = locator.createSessionFactory();
             ClientSession session = factory.createSession(false, false, false)) {
            // The hub's broker.xml forbids auto-creation, so the benchmark declares its own address.
            session.createAddress(queue, EnumSet.of(RoutingType.ANYCAST), false);
            session.createQueue(QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST).setDurable(true));
            session.start();
            ClientProducer producer = session.createProducer(queue);
            ClientConsumer consumer = session.createConsumer(queue);
            long start = System.nanoTime();
            for (int i = 1; i <= messages; i++) {
                ClientMessage message = session.createMessage(true);
                message.getBodyBuffer().writeBytes(payload);
                producer.send(message);
                if (i % perTransaction == 0) {
                    session.commit();
                }
            }
            session.commit();
            long sent = System.nanoTime();
            for (int i = 1; i <= messages; i++) {
                consumer.receive(10_000).acknowledge();
                if (i % perTransaction == 0) {
                    session.commit();
                }
            }
            session.commit();
            long received = System.nanoTime();
            consumer.close(); // it would otherwise prefetch the messages the next step sends
            double syncRate = syncSends(factory, queue, payload, Math.max(1_000, messages / 20));
            session.deleteQueue(queue);
            return new Figures(messages / ((sent - start) / 1e9), messages / ((received - sent) / 1e9),
                    messages / ((received - start) / 1e9), syncRate);
        }
    }

    /** Non-transacted durable sends: each blocks until the broker has synced it. */
    private static double syncSends(ClientSessionFactory factory, SimpleString queue, byte[] payload, int messages)
            throws Exception {
        try (ClientSession session = factory.createSession(true, true)) {
            ClientProducer producer = session.createProducer(queue);
            long start = System.nanoTime();
            for (int i = 0; i < messages; i++) {
                ClientMessage message = session.createMessage(true);
                message.getBodyBuffer().writeBytes(payload);
                producer.send(message);
            }
            double rate = messages / ((System.nanoTime() - start) / 1e9);
            ClientConsumer consumer = session.createConsumer(queue);
            session.start();
            for (int i = 0; i < messages; i++) {
                consumer.receive(10_000).acknowledge();
            }
            return rate;
        }
    }
}
