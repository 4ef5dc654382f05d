package cn.jining.credithub.gateway.console;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Builds the console's accounts from {@link ConsoleProperties}. A password may be given plain or already encoded
 * ({@code {bcrypt}$2a$...}); only its hash is kept in memory.
 */
final class ConsoleUsers {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleUsers.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConsoleUsers() {
    }

    static InMemoryUserDetailsManager of(ConsoleProperties properties) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        // The operator holds both roles: every read view is open to it without a second account.
        return new InMemoryUserDetailsManager(
                user(properties.viewerUser(), properties.viewerPassword(), "CREDITHUB_VIEWER_PASSWORD", encoder,
                        ConsoleRoles.VIEWER),
                user(properties.operatorUser(), properties.operatorPassword(), "CREDITHUB_OPERATOR_PASSWORD", encoder,
                        ConsoleRoles.VIEWER, ConsoleRoles.OPERATOR));
    }

    private static UserDetails user(String name, String password, String variable, PasswordEncoder encoder,
                                    String... roles) {
        String secret = password;
        if (ConsoleProperties.blank(secret)) {
            // SECURITY: never a fixed default. Like Spring Boot's own generated password: printed once, for demos.
            byte[] random = new byte[18];
            RANDOM.nextBytes(random);
            secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            LOG.warn("console user '{}' has no password in {}; generated for this run only (demo): {}", name, variable,
                    secret);
        }
        String encoded = secret.startsWith("{") ? secret : encoder.encode(secret);
        return User.withUsername(name).password(encoded).roles(roles).build();
    }
}
