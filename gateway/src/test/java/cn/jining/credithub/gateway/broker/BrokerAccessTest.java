package cn.jining.credithub.gateway.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.gateway.HubTestSupport;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.activemq.artemis.api.core.ActiveMQSecurityException;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded broker's network acceptor is never open: it needs the account from the environment, or no start. */
class BrokerAccessTest {

    private static final String PASSWORD = "broker-" + System.nanoTime();

    @TempDir
    Path data;

    @Test
    void theDefaultIsInVmOnlyAndATcpPortWithoutAnAccountDoesNotStart() {
        assertThat(BrokerAccess.refusal(properties(List.of("vm://0"), null, null, null))).isNull();
        BrokerProperties open = properties(List.of("vm://0"), HubTestSupport.freePort(), null, null);
        assertThat(open.openToTheNetwork()).isTrue();
        assertThatThrownBy(() -> broker(open)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CREDITHUB_BROKER_USER").hasMessageContaining("CREDITHUB_BROKER_PASSWORD");
        assertThatThrownBy(() -> broker(properties(List.of("tcp://127.0.0.1:" + HubTestSupport.freePort()), null, "hub",
                ""))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void overTcpOnlyTheAccountGetsIn() throws Exception {
        int port = HubTestSupport.freePort();
        EmbeddedBroker broker = broker(properties(List.of("vm://0"), port, "hub", PASSWORD));
        broker.start();
        try (ServerLocator locator = ActiveMQClient.createServerLocator("tcp://127.0.0.1:" + port);
             ClientSessionFactory factory = locator.createSessionFactory()) {
            assertThatThrownBy(() -> factory.createSession().close()).isInstanceOf(ActiveMQSecurityException.class);
            assertThatThrownBy(() -> factory.createSession("hub", "wrong", false, true, true, false, 0).close())
                    .isInstanceOf(ActiveMQSecurityException.class);
            try (ClientSession session = factory.createSession("hub", PASSWORD, false, true, true, false, 0)) {
                assertThat(session.queueQuery(SimpleString.of("credit.intake")).isExists()).isTrue();
            }
        } finally {
            broker.stop();
        }
    }

    private BrokerProperties properties(List<String> acceptors, Integer tcpPort, String user, String password) {
        return new BrokerProperties(true, "classpath:broker.xml", data.toString(), acceptors, null, tcpPort,
                "vm://0", user, password, 0, null);
    }

    private static EmbeddedBroker broker(BrokerProperties properties) throws Exception {
        try (InputStream xml = BrokerAccessTest.class.getResourceAsStream("/broker.xml")) {
            return new EmbeddedBroker(properties, xml);
        }
    }
}
