package cn.jining.credithub.gateway.console;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javax.management.ObjectName;
import org.jolokia.server.core.service.api.Restrictor;
import org.jolokia.server.core.util.HttpMethod;
import org.jolokia.server.core.util.RequestType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The console's role check on every JMX call (Hawtio's own RBAC does not run on Spring Boot): a viewer reads
 * attributes and calls only operations that look, never change (list, browse, count, dump, get, is, ...); an
 * operator may call anything, and each changing call is handed to the {@link #onOperatorAction audit hook}.
 * Jolokia instantiates it by class name ({@code restrictorClass}) and calls it on the request thread, where
 * Spring Security's context holds the signed-in user.
 */
public class JolokiaRoleRestrictor implements Restrictor {

    private static final List<String> READ_ONLY_VERBS = List.of("list", "browse", "count", "dump", "get", "is", "has",
            "can", "query", "explain", "peek");
    // Hawtio's own MBeans answer the console's questions (which operations may I call, plugins, about).
    private static final String HAWTIO_DOMAIN = "hawtio";
    private static volatile BiConsumer<String, String> operatorActions = (user, action) -> { };

    /** Where changing calls by operators are reported (user, "operation on mbean"); set by the console's wiring. */
    static synchronized void onOperatorAction(BiConsumer<String, String> hook) {
        operatorActions = hook;
    }

    /** Stops reporting to {@code hook}, unless another hub in this JVM (tests) has set its own since. */
    static synchronized void release(BiConsumer<String, String> hook) {
        if (operatorActions == hook) {
            operatorActions = (user, action) -> { };
        }
    }

    @Override
    public boolean isHttpMethodAllowed(HttpMethod method) {
        return true;
    }

    @Override
    public boolean isTypeAllowed(RequestType type) {
        return switch (type) {
            case WRITE -> has(ConsoleRoles.OPERATOR);
            case READ, LIST, SEARCH, VERSION, EXEC, NOTIFICATION -> has(ConsoleRoles.VIEWER) || has(ConsoleRoles.OPERATOR);
        };
    }

    @Override
    public boolean isAttributeReadAllowed(ObjectName name, String attribute) {
        return has(ConsoleRoles.VIEWER) || has(ConsoleRoles.OPERATOR);
    }

    @Override
    public boolean isAttributeWriteAllowed(ObjectName name, String attribute) {
        boolean allowed = has(ConsoleRoles.OPERATOR);
        if (allowed) {
            operatorActions.accept(user(), "write " + attribute + " on " + name);
        }
        return allowed;
    }

    @Override
    public boolean isOperationAllowed(ObjectName name, String operation) {
        if (readOnly(name, operation)) {
            return has(ConsoleRoles.VIEWER) || has(ConsoleRoles.OPERATOR);
        }
        boolean allowed = has(ConsoleRoles.OPERATOR);
        if (allowed) {
            operatorActions.accept(user(), operation + " on " + name);
        }
        return allowed;
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

    static boolean readOnly(ObjectName name, String operation) {
        if (HAWTIO_DOMAIN.equals(name.getDomain())) {
            return true;
        }
        String bare = operation.contains("(") ? operation.substring(0, operation.indexOf('(')) : operation;
        String lower = bare.toLowerCase(Locale.ROOT);
        for (String verb : READ_ONLY_VERBS) {
            // "list" but not "listen..." style names that happen to share a prefix with a changing verb: the verb
            // must be the whole name or be followed by an upper-case letter (camelCase).
            if (lower.startsWith(verb) && (bare.length() == verb.length() || Character.isUpperCase(bare.charAt(verb.length())))) {
                return true;
            }
        }
        return false;
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
