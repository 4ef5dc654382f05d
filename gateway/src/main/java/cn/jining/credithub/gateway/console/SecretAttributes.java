package cn.jining.credithub.gateway.console;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.management.ObjectName;

/**
 * MBean attributes no console role reads, because they hold or may hold a secret: any attribute named like a
 * password, secret, credential or private key, the JVM's command line and system properties (a {@code -D} may
 * carry a password), and the broker's acceptor and connector parameters (key store passwords).
 */
final class SecretAttributes {

    private static final List<String> SECRET_WORDS = List.of("password", "passwd", "secret", "credential",
            "privatekey", "passphrase", "token");
    private static final Map<String, Set<String>> BY_MBEAN_KIND = Map.of(
            "java.lang:type=Runtime", Set.of("InputArguments", "SystemProperties"),
            "org.apache.activemq.artemis:component=acceptors", Set.of("Parameters"),
            "org.apache.activemq.artemis:component=broker", Set.of("Connectors", "ConnectorsAsJSON"));

    private SecretAttributes() {
    }

    static boolean secret(ObjectName name, String attribute) {
        String lower = attribute.toLowerCase(Locale.ROOT);
        for (String word : SECRET_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return BY_MBEAN_KIND.getOrDefault(kind(name), Set.of()).contains(attribute);
    }

    /** The domain and the property that says what an MBean is ({@code type}, or Artemis' {@code component}). */
    private static String kind(ObjectName name) {
        String type = name.getKeyProperty("type");
        if (type != null) {
            return name.getDomain() + ":type=" + type;
        }
        String component = name.getKeyProperty("component");
        if (component != null && name.getKeyProperty("subcomponent") == null) {
            return name.getDomain() + ":component=" + component;
        }
        // Artemis' broker MBean has only broker=<name>.
        return name.getKeyPropertyList().size() == 1 && name.getKeyProperty("broker") != null
                ? name.getDomain() + ":component=broker" : name.getDomain();
    }
}
