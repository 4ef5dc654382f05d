package cn.jining.credithub.gateway.broker;

import java.util.List;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the hub's broker is: embedded (with its broker.xml, data folder and acceptors) or an external
 * Artemis cluster at {@code url}. Credentials come from the environment. {@code name}, when set, replaces broker.xml's
 * broker name (it names the broker's JMX MBeans; tests give each hub in one JVM its own).
 */
@ConfigurationProperties("credithub.broker")
public record BrokerProperties(boolean embedded, String config, String dataDir, List<String> acceptors,
                               String tcpHost, Integer tcpPort, String url, String user, String password,
                               int maxConnections, String name) {

    public BrokerProperties {
        acceptors = acceptors == null ? List.of() : List.copyOf(acceptors);
        tcpHost = tcpHost == null || tcpHost.isBlank() ? "127.0.0.1" : tcpHost;
        maxConnections = maxConnections <= 0 ? 8 : maxConnections;
    }

    /** The embedded broker's acceptors: the configured ones, and the TCP acceptor when a port asks for it. */
    public List<String> allAcceptors() {
        if (tcpPort == null) {
            return acceptors;
        }
        List<String> all = new java.util.ArrayList<>(acceptors);
        all.add("tcp://" + tcpHost + ":" + tcpPort + "?protocols=CORE");
        return List.copyOf(all);
    }

    /** Whether the embedded broker can be reached from outside the hub's process without an account. */
    public boolean openToTheNetwork() {
        return embedded && BrokerAccess.refusal(this) != null;
    }

    /** A new, unpooled client factory for this broker, with its credentials (absent when empty). */
    public ActiveMQConnectionFactory clientFactory() {
        return new ActiveMQConnectionFactory(url, emptyToNull(user), emptyToNull(password));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
