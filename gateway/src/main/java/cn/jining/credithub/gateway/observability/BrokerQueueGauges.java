package cn.jining.credithub.gateway.observability;

import cn.jining.credithub.gateway.broker.EmbeddedBroker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.api.core.management.QueueControl;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.core.server.ActiveMQServer;

/**
 * Depth and age of the oldest message of the hub's queues, read from the embedded broker's management
 * controls at each scrape. NaN while the broker is down or the queue does not exist: "unknown", not "empty".
 */
public class BrokerQueueGauges {

    public static final String DEPTH = "credithub.queue.depth";
    public static final String OLDEST_AGE = "credithub.queue.oldest.age";

    private final EmbeddedBroker broker;
    private final List<String> queues;

    public BrokerQueueGauges(EmbeddedBroker broker, List<String> queues) {
        this.broker = broker;
        this.queues = List.copyOf(queues);
    }

    BrokerQueueGauges bindTo(MeterRegistry registry) {
        for (String queue : queues) {
            Gauge.builder(DEPTH, this, g -> g.depth(queue)).tag("queue", queue)
                    .description("messages on the queue, waiting or in delivery").register(registry);
            TimeGauge.builder(OLDEST_AGE, this, TimeUnit.MILLISECONDS, g -> g.oldestAgeMillis(queue)).tag("queue", queue)
                    .description("age of the oldest message on the queue (0 when empty)").register(registry);
        }
        return this;
    }

    double depth(String queue) {
        QueueControl control = control(queue);
        return control == null ? Double.NaN : control.getMessageCount();
    }

    double oldestAgeMillis(String queue) {
        QueueControl control = control(queue);
        if (control == null) {
            return Double.NaN;
        }
        try {
            Long age = control.getFirstMessageAge();
            return age == null ? 0 : age;
        } catch (Exception e) {
            // A scrape must never fail because one queue could not be read.
            return Double.NaN;
        }
    }

    private QueueControl control(String queue) {
        ActiveMQServer server = broker.server().getActiveMQServer();
        if (server == null || !server.isActive()) {
            return null;
        }
        return (QueueControl) server.getManagementService().getResource(ResourceNames.QUEUE + queue);
    }
}
