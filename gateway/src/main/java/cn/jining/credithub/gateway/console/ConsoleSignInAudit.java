package cn.jining.credithub.gateway.console;

import cn.jining.credithub.gateway.admin.AdminAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Console sign-ins through the login form are ADMIN entries in the audit trail; failed attempts are logged
 * (not audited: a stranger guessing passwords must not be able to grow the trail at will).
 */
class ConsoleSignInAudit {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleSignInAudit.class);
    private final AdminAudit audit;

    ConsoleSignInAudit(AdminAudit audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        String user = event.getAuthentication().getName();
        String from = remoteAddress(event.getAuthentication().getDetails());
        LOG.info("console sign-in by {} from {}", user, from);
        audit.signIn(user, from);
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        LOG.warn("console sign-in refused for '{}' from {}: {}", event.getAuthentication().getName(),
                remoteAddress(event.getAuthentication().getDetails()), event.getException().getMessage());
    }

    private static String remoteAddress(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    }
}
