package cn.jining.credithub.gateway.broker;

import java.util.List;
import java.util.Set;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;

/**
 * Who may connect to the embedded broker. With only the in-VM acceptor (the default) nothing outside the hub's
 * process can reach it, and no login is asked. A network acceptor (tcp://, asked for with CREDITHUB_BROKER_PORT
 * or credithub.broker.acceptors) turns Artemis security on, with one account from the environment
 * (CREDITHUB_BROKER_USER, CREDITHUB_BROKER_PASSWORD) that the hub itself connects with too; without that
 * account the broker does not start.
 */
final class BrokerAccess {

    static final String ROLE = "hub";

    private BrokerAccess() {
    }

    /** Whether any acceptor can be reached from outside the hub's process. */
    static boolean networked(List<String> acceptors) {
        return acceptors.stream().anyMatch(acceptor -> !acceptor.startsWith("vm:"));
    }

    /** The reason the broker must not start as configured, or null. */
    static String refusal(BrokerProperties properties) {
        if (networked(properties.allAcceptors()) && (blank(properties.user()) || blank(properties.password()))) {
            return "the embedded broker's network acceptor " + properties.allAcceptors() + " needs an account: set "
                    + "CREDITHUB_BROKER_USER and CREDITHUB_BROKER_PASSWORD (credithub.broker.user, .password), "
                    + "or leave the TCP acceptor off (no CREDITHUB_BROKER_PORT)";
        }
        return null;
    }

    static void apply(EmbeddedActiveMQ server, Configuration configuration, BrokerProperties properties) {
        String refusal = refusal(properties);
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
        if (!networked(properties.allAcceptors())) {
            configuration.setSecurityEnabled(false);
            return;
        }
        SecurityConfiguration accounts = new SecurityConfiguration();
        accounts.addUser(properties.user(), properties.password());
        accounts.addRole(properties.user(), ROLE);
        configuration.setSecurityEnabled(true);
        // The hub's one account may do everything on every address: it is the hub.
        configuration.putSecurityRoles("#", Set.of(new Role(ROLE, true, true, true, true, true, true, true, true, true,
                true, true, true)));
        server.setSecurityManager(new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), accounts));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
