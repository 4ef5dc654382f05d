package cn.jining.credithub.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** The two console policies on names the hub registers: what each role may invoke and read, without a hub. */
class JolokiaRoleRestrictorTest {

    private static final String QUEUE = "org.apache.activemq.artemis:broker=\"credit-hub\",component=addresses,"
            + "address=\"DLA\",subcomponent=queues,routing-type=\"anycast\",queue=\"DLQ.credit.intake\"";
    private final JolokiaRoleRestrictor restrictor = new JolokiaRoleRestrictor();

    @Test
    void theViewerInvokesNothingAndTheOperatorOnlyItsWork() throws Exception {
        ObjectName queue = new ObjectName(QUEUE);
        for (String operation : new String[] {"listMessages(java.lang.String)", "browse()", "countMessages()",
                "moveMessage(long,java.lang.String)", "retryMessages()", "removeMessage(long)"}) {
            assertThat(restrictor.allows(ConsoleRoles.VIEWER, queue, operation)).as(operation).isFalse();
            assertThat(restrictor.allows(ConsoleRoles.OPERATOR, queue, operation)).as(operation).isTrue();
        }
        for (String operation : new String[] {"removeAllMessages()", "resetMessageCounter()", "sendMessage", "pause",
                "listMessagesX", "moveMessagesToSomewhere", "deliverScheduledMessages"}) {
            assertThat(restrictor.allows(ConsoleRoles.OPERATOR, queue, operation)).as(operation).isFalse();
        }
        ObjectName route = new ObjectName("org.apache.camel:context=credit-hub,type=routes,name=\"intake\"");
        assertThat(restrictor.allows(ConsoleRoles.OPERATOR, route, "stop(long)")).isTrue();
        assertThat(restrictor.allows(ConsoleRoles.OPERATOR, route, "start")).isTrue();
        assertThat(restrictor.allows(ConsoleRoles.OPERATOR, route, "remove")).isFalse();
        assertThat(restrictor.allows(ConsoleRoles.OPERATOR, route, "updateRouteFromXml")).isFalse();
        assertThat(restrictor.allows(ConsoleRoles.VIEWER, route, "stop")).isFalse();
        ObjectName context = new ObjectName("org.apache.camel:context=credit-hub,type=context,name=\"credit-hub\"");
        // The routes as written, for the console's diagram: only the form that resolves no placeholders.
        assertThat(restrictor.allows(ConsoleRoles.OPERATOR, context, "dumpRoutesAsXml()")).isTrue();
        assertThat(restrictor.allows(ConsoleRoles.OPERATOR, context, "dumpRoutesAsXml(boolean)")).isFalse();
        assertThat(restrictor.allows(ConsoleRoles.OPERATOR, context, "dumpRoutesAsXml")).isFalse();
        assertThat(restrictor.allows(ConsoleRoles.OPERATOR, context, "dumpRoutesStatsAsXml(boolean,boolean)")).isTrue();
        assertThat(restrictor.allows(ConsoleRoles.OPERATOR, context, "stop()")).isFalse();
        assertThat(restrictor.allows(ConsoleRoles.VIEWER, context, "dumpRoutesAsXml()")).isFalse();
        ObjectName heap = new ObjectName("com.sun.management:type=HotSpotDiagnostic");
        assertThat(restrictor.allows(ConsoleRoles.OPERATOR, heap, "dumpHeap(java.lang.String,boolean)")).isFalse();
        assertThat(restrictor.allows(ConsoleRoles.VIEWER, heap, "dumpHeap")).isFalse();
        assertThat(restrictor.allows("", queue, "countMessages")).isFalse();
    }

    @Test
    void secretsAreReadByNobodyAndMessagesOnlyByTheOperator() throws Exception {
        ObjectName runtime = new ObjectName("java.lang:type=Runtime");
        ObjectName broker = new ObjectName("org.apache.activemq.artemis:broker=\"credit-hub\"");
        ObjectName acceptor = new ObjectName("org.apache.activemq.artemis:broker=\"credit-hub\",component=acceptors,"
                + "name=\"tcp\"");
        for (String role : new String[] {ConsoleRoles.VIEWER, ConsoleRoles.OPERATOR}) {
            assertThat(restrictor.allowsRead(role, runtime, "InputArguments")).isFalse();
            assertThat(restrictor.allowsRead(role, runtime, "SystemProperties")).isFalse();
            assertThat(restrictor.allowsRead(role, runtime, "Uptime")).isTrue();
            assertThat(restrictor.allowsRead(role, broker, "ClusterPassword")).isFalse();
            assertThat(restrictor.allowsRead(role, broker, "Version")).isTrue();
            assertThat(restrictor.allowsRead(role, acceptor, "Parameters")).isFalse();
            assertThat(restrictor.allowsRead(role, new ObjectName(QUEUE), "MessageCount")).isTrue();
        }
        assertThat(restrictor.allowsRead(ConsoleRoles.VIEWER, new ObjectName(QUEUE), "FirstMessageAsJSON")).isFalse();
        assertThat(restrictor.allowsRead(ConsoleRoles.OPERATOR, new ObjectName(QUEUE), "FirstMessageAsJSON")).isTrue();
        assertThat(restrictor.allowsRead("", runtime, "Uptime")).isFalse();
    }

    @Test
    void operationsAreComparedWithoutTheirSignature() {
        assertThat(JolokiaRoleRestrictor.bare("moveMessage(long,java.lang.String)")).isEqualTo("moveMessage");
        assertThat(JolokiaRoleRestrictor.bare("stop")).isEqualTo("stop");
    }
}
