package cn.jining.credithub.gateway.console;

import io.hawt.web.auth.AuthenticationConfiguration;
import jakarta.servlet.ServletContext;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.login.Configuration;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Tells Hawtio that Spring Security signs users in, and how to turn the signed-in user into Hawtio's subject.
 * Hawtio 4.3 ships that bridge in {@code hawtio-springboot-security}, which this platform's mirror does not
 * serve; without it Hawtio falls back to plain JAAS and refuses every login. Runs once the servlet context
 * (and Hawtio's listener) is initialised and before the connector accepts the first request.
 */
class HawtioSpringSecurityBridge implements SmartInitializingSingleton {

    private final ServletContext servletContext;

    HawtioSpringSecurityBridge(ServletContext servletContext) {
        this.servletContext = servletContext;
    }

    @Override
    public void afterSingletonsInstantiated() {
        AuthenticationConfiguration hawtio = AuthenticationConfiguration.getConfiguration(servletContext);
        hawtio.setSpringSecurityEnabled(true);
        hawtio.setConfiguration(new SignedInUserJaasConfiguration());
    }

    /** The JAAS login Hawtio runs per session: Spring Security's signed-in user, then its roles. */
    static final class SignedInUserJaasConfiguration extends Configuration {

        @Override
        public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
            return new AppConfigurationEntry[] {
                new AppConfigurationEntry("org.springframework.security.authentication.jaas.SecurityContextLoginModule",
                        LoginModuleControlFlag.REQUIRED, Map.of()),
                new AppConfigurationEntry(HawtioRolesLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, Map.of())
            };
        }
    }
}
