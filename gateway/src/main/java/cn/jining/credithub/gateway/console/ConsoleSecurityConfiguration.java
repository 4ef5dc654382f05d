package cn.jining.credithub.gateway.console;

import cn.jining.credithub.gateway.admin.AdminAudit;
import jakarta.servlet.ServletContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may use the operators' surfaces: the Hawtio console with its Jolokia bridge, and the admin REST API.
 * Only those paths and health get a security chain. The data channels ({@code /api/v1/**}, SOAP) and the
 * Prometheus scrape are not matched by any chain and keep their own rules (signed requests, open scrape).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(ConsoleProperties.class)
public class ConsoleSecurityConfiguration {

    static final String CONSOLE = "/actuator/hawtio";
    static final String JOLOKIA = "/actuator/jolokia";
    static final String HEALTH = "/actuator/health";

    @Bean
    UserDetailsService consoleUsers(ConsoleProperties properties) {
        return ConsoleUsers.of(properties);
    }

    /** The admin API for the CLI and scripts: HTTP Basic per request, no session, operator role only. */
    @Bean
    @Order(1)
    SecurityFilterChain adminApi(HttpSecurity http) throws Exception {
        http.securityMatcher(path("/api/admin/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(ConsoleRoles.OPERATOR));
        return statelessBasic(http).build();
    }

    /**
     * Health: open to everyone (probes), but only a signed-in operator sees components and their details (paths,
     * URLs, versions; management.endpoint.health.show-details). Basic per request, no session, GET only.
     */
    @Bean
    @Order(3)
    SecurityFilterChain health(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(path(HEALTH), path(HEALTH + "/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return statelessBasic(http).build();
    }

    private static HttpSecurity statelessBasic(HttpSecurity http) throws Exception {
        return http.httpBasic(Customizer.withDefaults())
                // SECURITY: stateless, so a browser's console session cookie never authorises such a call;
                // without a cookie to ride on, a cross-site request cannot act, and CSRF tokens are not needed.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable());
    }

    /** The console: a login form (and Basic for tools), a session, CSRF tokens the Hawtio single-page app sends. */
    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(path(CONSOLE), path(CONSOLE + "/**"), path(JOLOKIA),
                        path(JOLOKIA + "/**"), path("/login"), path("/logout")))
                .authorizeHttpRequests(requests -> requests
                        // SECURITY: Jolokia also executes and writes over GET (path or ?p=), which CSRF checks do
                        // not cover; the console itself always POSTs, so a GET may only read.
                        .requestMatchers(new AndRequestMatcher(new OrRequestMatcher(path(JOLOKIA),
                                path(JOLOKIA + "/**")), new JolokiaChangingGet())).denyAll()
                        .anyRequest().hasAnyRole(ConsoleRoles.VIEWER, ConsoleRoles.OPERATOR))
                .formLogin(form -> form.defaultSuccessUrl(CONSOLE + "/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .httpBasic(Customizer.withDefaults())
                // Hawtio reads the XSRF-TOKEN cookie and sends it back as X-XSRF-TOKEN on every Jolokia POST.
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class);
        return http.build();
    }

    // Path patterns on the whole request path: Jolokia is its own servlet, which Spring MVC's matchers do not see.
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    @Bean
    HawtioSpringSecurityBridge hawtioSpringSecurityBridge(ServletContext servletContext) {
        return new HawtioSpringSecurityBridge(servletContext);
    }

    @Bean
    ConsoleSignInAudit consoleSignInAudit(AdminAudit audit) {
        return new ConsoleSignInAudit(audit);
    }

    /** Console actions that change something (retry, move, delete a message; stop a route) go to the audit trail. */
    @Bean
    ConsoleActionAudit consoleActionAudit(AdminAudit audit) {
        return new ConsoleActionAudit(audit);
    }
}
