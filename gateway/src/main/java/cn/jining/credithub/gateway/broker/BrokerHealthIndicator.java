package cn.jining.credithub.gateway.broker;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health of the broker as the hub sees it: a fresh connection, not one from the pool (a pooled connection
 * can look alive after the broker went away), opened with a short call timeout and no reconnection.
 */
@Component("broker")
public class BrokerHealthIndicator extends AbstractHealthIndicator {

    /** Short enough that readiness answers within a second even when the broker does not. */
    private static final long CALL_TIMEOUT_MS = 400;
    private final BrokerProperties properties;

    public BrokerHealthIndicator(BrokerProperties properties) {
        super("broker health check failed");
        this.properties = properties;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws JMSException {
        try (ActiveMQConnectionFactory probe = properties.clientFactory()) {
            probe.setCallTimeout(CALL_TIMEOUT_MS);
            probe.setReconnectAttempts(0);
            probe.setInitialConnectAttempts(1);
            try (Connection connection = probe.createConnection()) {
                connection.start();
            }
        }
        builder.up().withDetail("url", properties.url()).withDetail("embedded", properties.embedded());
    }
}
