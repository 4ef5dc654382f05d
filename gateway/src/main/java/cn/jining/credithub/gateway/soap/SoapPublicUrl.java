package cn.jining.credithub.gateway.soap;

import cn.jining.credithub.adapters.soap.SoapSubmissionRoute;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Supplier;
import org.springframework.core.env.Environment;

/**
 * The SOAP service's public URL, as the WSDL publishes it: {@code credithub.soap.public-url} when set, else
 * derived from the hub's own HTTP settings (scheme by {@code server.ssl.enabled}, {@code server.address} unless
 * it is a wildcard, the port the server listens on, {@code cxf.path}). Never from a request.
 */
record SoapPublicUrl(Environment environment) implements Supplier<String> {

    static final String PROPERTY = "credithub.soap.public-url";

    @Override
    public String get() {
        String configured = environment.getProperty(PROPERTY, "").trim();
        if (!configured.isEmpty()) {
            return configured;
        }
        String scheme = environment.getProperty("server.ssl.enabled", Boolean.class, false) ? "https" : "http";
        // The port the server listens on (server.port=0 picks one at start), else the configured one.
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String path = environment.getProperty("cxf.path", "/services").replaceAll("/+$", "");
        return scheme + "://" + host(environment.getProperty("server.address", "")) + ":" + port + path
                + SoapSubmissionRoute.ADDRESS;
    }

    /** The configured address; loopback when none or a wildcard is (the operator sets public-url off loopback). */
    private static String host(String address) {
        try {
            if (address.isBlank() || InetAddress.getByName(address).isAnyLocalAddress()) {
                return "127.0.0.1";
            }
        } catch (UnknownHostException e) {
            return address;
        }
        return address.contains(":") ? "[" + address + "]" : address;
    }
}
