package cn.jining.credithub.gateway.console;

import io.hawt.web.auth.RolePrincipal;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.spi.LoginModule;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Second step of the console's JAAS login, after Spring Security's {@code SecurityContextLoginModule} put the
 * signed-in {@link Authentication} into the subject: adds one Hawtio {@link RolePrincipal} per role, which is
 * what Hawtio checks against {@code hawtio.roles}.
 */
public class HawtioRolesLoginModule implements LoginModule {

    private static final String ROLE_PREFIX = "ROLE_";
    private Subject subject;

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
    }

    @Override
    public boolean login() {
        return true;
    }

    @Override
    public boolean commit() {
        List<Principal> principals = List.copyOf(subject.getPrincipals());
        for (Principal principal : principals) {
            if (principal instanceof Authentication authentication) {
                for (GrantedAuthority authority : authentication.getAuthorities()) {
                    String role = authority.getAuthority();
                    if (role != null && role.startsWith(ROLE_PREFIX)) {
                        subject.getPrincipals().add(new RolePrincipal(role.substring(ROLE_PREFIX.length())));
                    }
                }
            }
        }
        return true;
    }

    @Override
    public boolean abort() {
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeIf(RolePrincipal.class::isInstance);
        return true;
    }
}
