package cn.jining.credithub.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** Which JMX operations a viewer may call: names that start with a read verb, and Hawtio's own questions. */
class JolokiaRoleRestrictorTest {

    @Test
    void readVerbsAreReadOnlyAndEverythingElseChangesSomething() throws Exception {
        ObjectName queue = new ObjectName("org.apache.activemq.artemis:broker=\"credit-hub\",queue=\"DLQ\"");
        for (String operation : new String[] {"listMessages(java.lang.String)", "browse()", "countMessages()",
                "dumpRoutesAsXml()", "getFirstMessageAsJSON", "isPaused", "list"}) {
            assertThat(JolokiaRoleRestrictor.readOnly(queue, operation)).as(operation).isTrue();
        }
        for (String operation : new String[] {"retryMessage(long)", "retryMessages()", "moveMessage(long,java.lang.String)",
                "removeMessage(long)", "removeAllMessages()", "stop()", "pause", "sendMessage", "listener",
                "isolate", "getaway", "resetMessageCounter()"}) {
            assertThat(JolokiaRoleRestrictor.readOnly(queue, operation)).as(operation).isFalse();
        }
        assertThat(JolokiaRoleRestrictor.readOnly(new ObjectName("hawtio:type=security,name=RBACRegistry"), "list()"))
                .isTrue();
    }
}
