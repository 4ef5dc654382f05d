package cn.jining.credithub.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.gateway.HubTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every operation of every MBean registered in the running hub, for both console roles: the viewer may invoke
 * none (but the console's own question, Hawtio's RBACRegistry list), the operator exactly its allow list. The
 * restrictor decides the whole matrix; real Jolokia calls over HTTP show the same for a sample of each domain.
 * And nothing a viewer may read holds one of the hub's secrets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsolePermissionMatrixTest extends HubTestSupport {

    // The operator's work, written out here independently of console/jolokia-operator.xml.
    private static final Set<String> QUEUE_WORK = Set.of("browse", "countMessages", "countDeliveringMessages",
            "listMessages", "listMessagesAsJSON", "listScheduledMessages", "listScheduledMessagesAsJSON",
            "listDeliveringMessages", "listDeliveringMessagesAsJSON", "moveMessage", "moveMessages", "retryMessage",
            "retryMessages", "removeMessage", "removeMessages");
    private static final Set<String> ROUTE_WORK = Set.of("start", "stop", "suspend", "resume", "dumpRouteStatsAsXml",
            "dumpStepStatsAsXml", "dumpRouteAsXml()");
    private static final Set<String> CONTEXT_VIEWS = Set.of("dumpRoutesStatsAsXml", "dumpRoutesAsXml()");
    private static final ObjectName RBAC_REGISTRY = name("hawtio:type=security,name=RBACRegistry");
    private static final String DATABASE_PASSWORD = "db-" + Long.toHexString(System.nanoTime());

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final JolokiaRoleRestrictor restrictor = new JolokiaRoleRestrictor();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
        ConsoleAccounts.register(registry);
        registry.add("spring.datasource.password", () -> DATABASE_PASSWORD);
    }

    @Test
    void theViewerInvokesNoOperationAndTheOperatorOnlyItsAllowList() throws Exception {
        int operations = 0;
        List<String> wrong = new ArrayList<>();
        Set<String> operatorMay = new TreeSet<>();
        for (ObjectName name : server.queryNames(null, null)) {
            for (MBeanOperationInfo operation : server.getMBeanInfo(name).getOperations()) {
                operations++;
                String op = operation.getName() + signature(operation);
                boolean console = isRbacList(name, operation.getName());
                if (restrictor.allows(ConsoleRoles.VIEWER, name, op) != console) {
                    wrong.add("viewer " + op + " on " + name);
                }
                boolean expected = console || operatorWork(name, operation.getName(), op);
                if (restrictor.allows(ConsoleRoles.OPERATOR, name, op) != expected) {
                    wrong.add("operator " + op + " on " + name);
                }
                if (expected) {
                    operatorMay.add(name.getDomain() + " " + (op.endsWith("()") ? op : operation.getName()));
                }
            }
        }
        System.out.printf("console matrix: %d MBeans, %d operations; the operator may invoke %s%n",
                server.getMBeanCount(), operations, operatorMay);
        assertThat(wrong).isEmpty();
        // The enumeration really reached the hub's parts: the JVM, the broker's queues, the Camel routes.
        assertThat(operations).isGreaterThan(500);
        assertThat(operatorMay).contains("org.apache.activemq.artemis retryMessage", "org.apache.camel stop");
        assertThat(server.queryNames(new ObjectName("org.apache.camel:type=routes,*"), null)).isNotEmpty();
    }

    @Test
    void overHttpTheViewerIsRefusedEveryOperationOfASampleOfEachDomainAndTheOperatorAllBeyondItsWork()
            throws Exception {
        JolokiaSession viewer = new JolokiaSession(port, ConsoleAccounts.VIEWER, ConsoleAccounts.VIEWER_PASSWORD);
        JolokiaSession operator = new JolokiaSession(port, ConsoleAccounts.OPERATOR, ConsoleAccounts.OPERATOR_PASSWORD);
        int calls = 0;
        for (Map.Entry<String, List<ObjectName>> domain : sampleByDomain().entrySet()) {
            for (ObjectName name : domain.getValue()) {
                for (MBeanOperationInfo operation : server.getMBeanInfo(name).getOperations()) {
                    if (isRbacList(name, operation.getName())) {
                        continue;
                    }
                    String op = operation.getName() + signature(operation);
                    JsonNode asViewer = viewer.exec(name.toString(), op);
                    assertThat(asViewer.get("status").asInt()).as("viewer " + op + " on " + name + ": " + asViewer)
                            .isEqualTo(403);
                    if (!operatorWork(name, operation.getName(), op)) {
                        JsonNode asOperator = operator.exec(name.toString(), op);
                        assertThat(asOperator.get("status").asInt()).as("operator " + op + " on " + name + ": "
                                + asOperator).isEqualTo(403);
                    }
                    calls++;
                }
            }
        }
        System.out.printf("console over HTTP: %d operations refused to the viewer%n", calls);
        assertThat(calls).isGreaterThan(100);
    }

    @Test
    void nothingTheViewerMayReadHoldsASecret() throws Exception {
        List<String> secrets = List.of(ConsoleAccounts.VIEWER_PASSWORD, ConsoleAccounts.OPERATOR_PASSWORD,
                DATABASE_PASSWORD);
        List<String> leaks = new ArrayList<>();
        int read = 0;
        for (ObjectName name : server.queryNames(null, null)) {
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                if (!attribute.isReadable() || !restrictor.allowsRead(ConsoleRoles.VIEWER, name, attribute.getName())) {
                    continue;
                }
                String value;
                try {
                    value = text(server.getAttribute(name, attribute.getName()));
                } catch (Exception | LinkageError unreadable) {
                    continue; // an attribute the MBean itself cannot produce shows nothing either
                }
                read++;
                for (String secret : secrets) {
                    if (value.contains(secret)) {
                        leaks.add(attribute.getName() + " of " + name);
                    }
                }
            }
        }
        assertThat(read).isGreaterThan(500);
        assertThat(leaks).isEmpty();
    }

    /** {@code operation} is the name; {@code signed} the name with its signature, as the console calls it. */
    private static boolean operatorWork(ObjectName name, String operation, String signed) {
        boolean camel = "org.apache.camel".equals(name.getDomain());
        return "org.apache.activemq.artemis".equals(name.getDomain()) && "queues".equals(name.getKeyProperty("subcomponent"))
                && QUEUE_WORK.contains(operation)
                || camel && "routes".equals(name.getKeyProperty("type"))
                && (ROUTE_WORK.contains(operation) || ROUTE_WORK.contains(signed))
                || camel && "context".equals(name.getKeyProperty("type"))
                && (CONTEXT_VIEWS.contains(operation) || CONTEXT_VIEWS.contains(signed));
    }

    private static boolean isRbacList(ObjectName name, String operation) {
        return RBAC_REGISTRY.equals(name) && "list".equals(operation);
    }

    /** Up to three MBeans of each domain (the first by name), so every kind of MBean is called at least once. */
    private Map<String, List<ObjectName>> sampleByDomain() {
        Map<String, List<ObjectName>> sample = new TreeMap<>();
        for (ObjectName name : new TreeSet<>(server.queryNames(null, null))) {
            List<ObjectName> names = sample.computeIfAbsent(name.getDomain(), d -> new ArrayList<>());
            if (names.size() < 3) {
                names.add(name);
            }
        }
        return sample;
    }

    private static String signature(MBeanOperationInfo operation) {
        return "(" + String.join(",", Arrays.stream(operation.getSignature()).map(p -> p.getType()).toList()) + ")";
    }

    private static String text(Object value) {
        if (value instanceof char[] chars) {
            return new String(chars);
        }
        // Composite and tabular data print their values; arrays their elements.
        return value instanceof Object[] array ? Arrays.deepToString(array) : String.valueOf(value);
    }

    private static ObjectName name(String name) {
        try {
            return new ObjectName(name);
        } catch (javax.management.MalformedObjectNameException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
