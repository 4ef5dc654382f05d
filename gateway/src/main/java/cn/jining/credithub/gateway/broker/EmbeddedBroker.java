package cn.jining.credithub.gateway.broker;

import java.nio.file.Path;
import java.io.InputStream;
import java.util.List;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.deployers.impl.FileConfigurationParser;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Artemis broker: addresses, redelivery and dead letters from broker.xml; the data folder
 * and the acceptors from the hub's settings, so tests and deployments never edit the XML for them.
 */
public final class EmbeddedBroker {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();

    /** @param brokerXml the broker.xml content; read by the caller, since it may sit inside a nested jar */
    public EmbeddedBroker(BrokerProperties properties, InputStream brokerXml) throws Exception {
        Configuration configuration = new FileConfigurationParser().parseMainConfig(brokerXml);
        Path dataDir = Path.of(properties.dataDir()).toAbsolutePath();
        configuration.setBrokerInstance(dataDir.toFile());
        configuration.setJournalDirectory(dataDir.resolve("journal").toString());
        configuration.setBindingsDirectory(dataDir.resolve("bindings").toString());
        configuration.setPagingDirectory(dataDir.resolve("paging").toString());
        configuration.setLargeMessagesDirectory(dataDir.resolve("large-messages").toString());
        if (properties.name() != null && !properties.name().isBlank()) {
            configuration.setName(properties.name());
        }
        configuration.getAcceptorConfigurations().clear();
        List<String> acceptors = properties.allAcceptors();
        for (int i = 0; i < acceptors.size(); i++) {
            configuration.addAcceptorConfiguration("acceptor-" + i, acceptors.get(i));
        }
        BrokerAccess.apply(server, configuration, properties);
        server.setConfiguration(configuration);
    }

    public void start() throws Exception {
        server.start();
        LOG.info("embedded Artemis started: data {}, acceptors {}",
                server.getActiveMQServer().getConfiguration().getBrokerInstance(),
                server.getActiveMQServer().getConfiguration().getAcceptorConfigurations().stream()
                        .map(a -> a.getName() + "=" + a.getParams()).toList());
    }

    public void stop() throws Exception {
        server.stop();
    }

    public EmbeddedActiveMQ server() {
        return server;
    }
}
