package cn.jining.credithub.gateway.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A GET to Jolokia that is not a plain read (read, list, search, version): an exec, write or notification, or
 * anything it cannot tell. Jolokia takes the request from the path or from the {@code p} parameter; both are
 * looked at. Changing calls only come as POST, which the CSRF check covers.
 */
final class JolokiaChangingGet implements RequestMatcher {

    private static final Set<String> READS = Set.of("", "read", "list", "search", "version");

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!"GET".equalsIgnoreCase(request.getMethod())) {
            return false;
        }
        String parameter = request.getParameter("p");
        return !READS.contains(type(request.getPathInfo())) || (parameter != null && !READS.contains(type(parameter)));
    }

    private static String type(String path) {
        if (path == null) {
            return "";
        }
        String trimmed = path.replaceFirst("^/+", "");
        int slash = trimmed.indexOf('/');
        return (slash < 0 ? trimmed : trimmed.substring(0, slash)).toLowerCase(Locale.ROOT);
    }
}
