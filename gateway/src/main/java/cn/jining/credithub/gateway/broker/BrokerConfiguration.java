package cn.jining.credithub.gateway.broker;

import cn.jining.credithub.routes.QueueHeaderFilterStrategy;
import jakarta.jms.ConnectionFactory;
import java.io.InputStream;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.component.jms.JmsComponent;
import org.messaginghub.pooled.jms.JmsPoolConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The hub's connection to Artemis: the embedded broker when {@code credithub.broker.embedded} is true,
 * a pooled Jakarta JMS connection factory, and the transacted {@code jms} Camel component.
 */
@Configuration(proxyBeanMethods = false)
public class BrokerConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    @ConditionalOnProperty(name = "credithub.broker.embedded", havingValue = "true", matchIfMissing = true)
    EmbeddedBroker embeddedBroker(BrokerProperties properties, ResourceLoader resources) throws Exception {
        Resource config = resources.getResource(properties.config());
        if (!config.exists()) {
            throw new IllegalStateException("credithub.broker.config: " + properties.config() + " does not exist");
        }
        try (InputStream xml = config.getInputStream()) {
            return new EmbeddedBroker(properties, xml);
        }
    }

    /** Pooled: camel-jms opens a session per send, which without a pool costs a round trip each time. */
    @Bean(destroyMethod = "stop")
    JmsPoolConnectionFactory jmsConnectionFactory(BrokerProperties properties,
                                                  ObjectProvider<EmbeddedBroker> embeddedBroker) {
        embeddedBroker.ifAvailable(broker -> { }); // the broker must be up before the first connection
        ActiveMQConnectionFactory artemis = properties.clientFactory();
        JmsPoolConnectionFactory pool = new JmsPoolConnectionFactory();
        pool.setConnectionFactory(artemis);
        pool.setMaxConnections(properties.maxConnections());
        return pool;
    }

    @Bean("jms")
    JmsComponent jmsComponent(ConnectionFactory connectionFactory) {
        JmsComponent jms = JmsComponent.jmsComponent(connectionFactory);
        // Local JMS session transactions, not a JmsTransactionManager: with a manager the listener opens a
        // new session per poll. The listener session is exposed to sends made on the same thread, so a
        // route that consumes and publishes commits both in one transaction.
        jms.getConfiguration().setTransacted(true);
        jms.getConfiguration().setLazyCreateTransactionManager(false);
        jms.getConfiguration().setCacheLevelName("CACHE_CONSUMER");
        jms.getConfiguration().setDeliveryPersistent(true);
        // SECURITY: every queue send carries the hub's own headers only, nothing a client sent.
        jms.setHeaderFilterStrategy(new QueueHeaderFilterStrategy());
        return jms;
    }
}
