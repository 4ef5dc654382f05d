package cn.jining.credithub.gateway.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request as the channels see it after the signature filter: the hub's own headers it set (the authenticated
 * source, the request time, the client's address), around the buffered body it verified, and none a client sent
 * under those names. SECURITY: every header named {@code CreditHub…} is the hub's; a client's copy is dropped.
 */
final class AuthenticatedRequest extends HttpServletRequestWrapper {

    private static final String INTERNAL_PREFIX = "credithub";
    private final Map<String, String> internal = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    AuthenticatedRequest(HttpServletRequest request, Map<String, String> internalHeaders) {
        super(request);
        internal.putAll(internalHeaders);
    }

    static boolean isInternal(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).startsWith(INTERNAL_PREFIX);
    }

    @Override
    public String getHeader(String name) {
        if (isInternal(name)) {
            return internal.get(name);
        }
        return super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (isInternal(name)) {
            String value = internal.get(name);
            return Collections.enumeration(value == null ? List.of() : List.of(value));
        }
        return super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        List<String> names = new ArrayList<>();
        for (Enumeration<String> e = super.getHeaderNames(); e.hasMoreElements(); ) {
            String name = e.nextElement();
            if (!isInternal(name)) {
                names.add(name);
            }
        }
        names.addAll(internal.keySet());
        return Collections.enumeration(names);
    }
}
