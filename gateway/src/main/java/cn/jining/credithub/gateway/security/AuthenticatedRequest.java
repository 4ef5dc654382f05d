package cn.jining.credithub.gateway.security;

import cn.jining.credithub.contracts.auth.InternalHeaders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request as the channels see it after the signature filter: the body it verified, the hub's own headers it
 * set (the authenticated source, the request time, the client's address) and none a client sent under those
 * names. SECURITY: the HTTP edge of the boundary ({@link InternalHeaders}): a client's header or query parameter
 * with an internal name ({@code CreditHub…}, {@code Camel…}, {@code JMS…}) is dropped, as the channels turn both
 * into message headers.
 */
final class AuthenticatedRequest extends HttpServletRequestWrapper {

    private final Map<String, String> internal = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    AuthenticatedRequest(HttpServletRequest request, Map<String, String> internalHeaders) {
        super(request);
        internal.putAll(internalHeaders);
    }

    static boolean isInternal(String name) {
        return InternalHeaders.isInternal(name);
    }

    @Override
    public String getParameter(String name) {
        return isInternal(name) ? null : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
        return isInternal(name) ? null : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> external = new LinkedHashMap<>();
        super.getParameterMap().forEach((name, values) -> {
            if (!isInternal(name)) {
                external.put(name, values);
            }
        });
        return Collections.unmodifiableMap(external);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
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
