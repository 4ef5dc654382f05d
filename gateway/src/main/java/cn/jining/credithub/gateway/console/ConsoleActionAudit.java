package cn.jining.credithub.gateway.console;

import cn.jining.credithub.gateway.admin.AdminAudit;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/** Connects the Jolokia restrictor's operator actions to the audit trail while the hub runs. */
class ConsoleActionAudit implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleActionAudit.class);

    private final BiConsumer<String, String> hook;

    ConsoleActionAudit(AdminAudit audit) {
        hook = (user, action) -> {
            LOG.info("console action by {}: {}", user, action);
            audit.consoleAction(user, action);
        };
        JolokiaRoleRestrictor.onOperatorAction(hook);
    }

    @Override
    public void destroy() {
        JolokiaRoleRestrictor.release(hook);
    }
}
