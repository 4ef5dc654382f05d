package cn.jining.credithub.gateway.broker;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the hub's broker is: embedded (with its broker.xml, data folder and acceptors) or an external
 * Artemis cluster at {@code url}. Credentials come from the environment.
 */
@ConfigurationProperties("credithub.broker")
public record BrokerProperties(boolean embedded, String config, String dataDir, List<String> acceptors,
                               String url, String user, String password, int maxConnections) {

    public BrokerProperties {
        acceptors = acceptors == null ? List.of() : List.copyOf(acceptors);
        maxConnections = maxConnections <= 0 ? 8 : maxConnections;
    }
}
