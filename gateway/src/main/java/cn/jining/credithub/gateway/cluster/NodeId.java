package cn.jining.credithub.gateway.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This hub node's name among the nodes sharing one broker pair and one database ({@code credithub.node-id}, default
 * the host name): it names the holder of a scheduled job's lock, and is there for anything else kept per node.
 */
public record NodeId(String value) {

    public NodeId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("credithub.node-id: a node id must not be blank");
        }
        if (value.length() > 64 || !value.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("credithub.node-id: '" + value
                    + "' must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
    }

    /** The configured id, or this host's name when none is configured. */
    public static NodeId of(String configured) {
        if (configured != null && !configured.isBlank()) {
            return new NodeId(configured.strip());
        }
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return new NodeId(host.length() > 64 ? host.substring(0, 64) : host);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("credithub.node-id is not set and this host's name cannot be found: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
