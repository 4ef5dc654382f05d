package cn.jining.credithub.gateway.demo;

import cn.jining.credithub.routes.source.SourceDefinition;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo switch and what it brings (docs/sources.md, "The demo's SFTP server and staging database"): the
 * folder of the demo's bureau-side systems, the port of its SFTP server, and the registry entries that poll them,
 * which join the registry only while the switch is on; and whether the public site (portal/, if built) starts beside
 * the hub, on which port.
 */
@ConfigurationProperties("credithub.demo")
public record DemoProperties(boolean enabled, String dir, Integer sftpPort, List<SourceDefinition> sources,
                             Boolean portal, Integer portalPort) {

    public DemoProperties {
        dir = dir == null ? "./data/demo" : dir;
        sftpPort = sftpPort == null ? 2222 : sftpPort;
        portal = portal == null || portal;
        portalPort = portalPort == null ? 8090 : portalPort;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The demo entries while the demo is on, none otherwise. */
    public List<SourceDefinition> activeSources() {
        return enabled ? sources : List.of();
    }
}
