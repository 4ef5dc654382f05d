package cn.jining.credithub.gateway.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;
import javax.management.ObjectName;
import org.jolokia.server.core.restrictor.policy.PolicyRestrictor;
import org.jolokia.server.core.service.api.Restrictor;
import org.jolokia.server.core.util.HttpMethod;
import org.jolokia.server.core.util.RequestType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The console's role check on every JMX call (Hawtio's own RBAC does not run on Spring Boot), deny by default:
 * the signed-in user's role picks one of two Jolokia policies, {@code console/jolokia-viewer.xml} (reads, invokes
 * nothing) or {@code console/jolokia-operator.xml} (reads, and an allow list of operations); secrets are refused
 * to both ({@link SecretAttributes}); nobody writes attributes. Each operation an operator invokes is handed to
 * the {@link #onOperatorAction audit hook}. Jolokia instantiates it by class name ({@code restrictorClass}) and
 * calls it on the request thread, where Spring Security's context holds the signed-in user.
 */
public class JolokiaRoleRestrictor implements Restrictor {

    static final String VIEWER_POLICY = "/console/jolokia-viewer.xml";
    static final String OPERATOR_POLICY = "/console/jolokia-operator.xml";
    // Hawtio's own MBeans answer the console's question of what it may show; not an action worth an audit entry.
    private static final String HAWTIO_DOMAIN = "hawtio";
    private static volatile BiConsumer<String, String> operatorActions = (user, action) -> { };

    private final Restrictor viewer = policy(VIEWER_POLICY);
    private final Restrictor operator = policy(OPERATOR_POLICY);

    /** Where operators' operations are reported (user, "operation on mbean"); set by the console's wiring. */
    static synchronized void onOperatorAction(BiConsumer<String, String> hook) {
        operatorActions = hook;
    }

    /** Stops reporting to {@code hook}, unless another hub in this JVM (tests) has set its own since. */
    static synchronized void release(BiConsumer<String, String> hook) {
        if (operatorActions == hook) {
            operatorActions = (user, action) -> { };
        }
    }

    /** Both methods reach Jolokia; the console's security chain lets a GET through only for reads (JolokiaGetReads). */
    @Override
    public boolean isHttpMethodAllowed(HttpMethod method) {
        return true;
    }

    @Override
    public boolean isTypeAllowed(RequestType type) {
        return switch (type) {
            // EXEC is decided per operation by the role's policy; writes and notifications by nobody.
            case READ, LIST, SEARCH, VERSION, EXEC -> policyOfUser() != null;
            case WRITE, NOTIFICATION -> false;
        };
    }

    @Override
    public boolean isAttributeReadAllowed(ObjectName name, String attribute) {
        return readable(policyOfUser(), name, attribute);
    }

    @Override
    public boolean isAttributeWriteAllowed(ObjectName name, String attribute) {
        return false;
    }

    @Override
    public boolean isOperationAllowed(ObjectName name, String operation) {
        Restrictor policy = policyOfUser();
        boolean allowed = invocable(policy, name, operation);
        if (allowed && policy == operator && !HAWTIO_DOMAIN.equals(name.getDomain())) {
            operatorActions.accept(user(), operation + " on " + name);
        }
        return allowed;
    }

    /** Whether {@code role} may invoke {@code operation} of {@code name}: the same decision, without a signed-in user. */
    boolean allows(String role, ObjectName name, String operation) {
        return invocable(policyOf(role), name, operation);
    }

    /** Whether {@code role} may read {@code attribute} of {@code name}, without a signed-in user. */
    boolean allowsRead(String role, ObjectName name, String attribute) {
        return readable(policyOf(role), name, attribute);
    }

    @Override
    public boolean isRemoteAccessAllowed(String... hostOrAddress) {
        return true; // who may connect is decided before Jolokia, by the server's address and the login
    }

    /**
     * The console is served from the hub itself, so it never needs CORS. Asked whether to answer with CORS
     * headers ({@code onlyWhenStrict} false), the answer is no, so no other site's script can read a response;
     * asked to refuse the request itself, the answer is to let it pass: cross-site changes are already stopped
     * by the CSRF check and the SameSite session cookie, before Jolokia.
     */
    @Override
    public boolean isOriginAllowed(String origin, boolean onlyWhenStrict) {
        return onlyWhenStrict;
    }

    @Override
    public boolean isObjectNameHidden(ObjectName name) {
        return false;
    }

    /** Jolokia passes the operation as the client wrote it, possibly with its signature: {@code move(long,java.lang.String)}. */
    static String bare(String operation) {
        int signature = operation.indexOf('(');
        return (signature < 0 ? operation : operation.substring(0, signature)).strip();
    }

    private static boolean readable(Restrictor policy, ObjectName name, String attribute) {
        return policy != null && !SecretAttributes.secret(name, attribute) && policy.isAttributeReadAllowed(name, attribute);
    }

    private static boolean invocable(Restrictor policy, ObjectName name, String operation) {
        // By name (every signature), or by the exact signature where the policy names one: "dumpRoutesAsXml()".
        return policy != null && (policy.isOperationAllowed(name, bare(operation))
                || operation.contains("(") && policy.isOperationAllowed(name, operation.replace(" ", "")));
    }

    private Restrictor policyOfUser() {
        // The operator account holds both roles; its own policy is the wider one.
        return policyOf(has(ConsoleRoles.OPERATOR) ? ConsoleRoles.OPERATOR
                : has(ConsoleRoles.VIEWER) ? ConsoleRoles.VIEWER : "");
    }

    private Restrictor policyOf(String role) {
        return ConsoleRoles.OPERATOR.equals(role) ? operator : ConsoleRoles.VIEWER.equals(role) ? viewer : null;
    }

    private static Restrictor policy(String resource) {
        try (InputStream in = JolokiaRoleRestrictor.class.getResourceAsStream(resource)) {
            return new PolicyRestrictor(in);
        } catch (IOException e) {
            throw new UncheckedIOException("console policy " + resource, e);
        }
    }

    private static boolean has(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        String authority = ConsoleRoles.authority(role);
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            if (authority.equals(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    private static String user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }
}
