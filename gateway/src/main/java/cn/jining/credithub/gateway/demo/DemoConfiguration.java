package cn.jining.credithub.gateway.demo;

import cn.jining.credithub.routes.source.SourceDefinition;
import cn.jining.credithub.routes.source.SourceRegistry;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo's bureau-side systems, so that a fresh machine shows all four channels at work: the SFTP server of
 * the demo's sftp entry and the staging database of its jdbc entry ({@code credithub.demo.sources}). Only with
 * {@code credithub.demo.enabled}; a deployment turns it off (CREDITHUB_DEMO=false).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "credithub.demo.enabled", havingValue = "true")
public class DemoConfiguration {

    /** Started while the context is built, so it is listening before the Camel routes start polling it. */
    /** The registry first: its start-up checks name a malformed demo entry before the demo uses it. */
    @Bean(destroyMethod = "close")
    DemoSftpServer demoSftpServer(DemoProperties demo, SourceRegistry registry) {
        SourceDefinition source = only(demo.sources(), "sftp");
        if (source.sftp().privateKeyPath() == null || source.sftp().knownHostsPath() == null) {
            throw new IllegalStateException("credithub.demo.sources (" + source.id() + ").sftp: the demo needs "
                    + "privateKeyPath and knownHostsPath (it writes the hub's key and the server's host key there)");
        }
        return DemoSftpServer.start(Path.of(demo.dir()), demo.sftpPort(), source);
    }

    /** Before the routes start: the staging table exists and holds new rows. */
    @Bean
    DemoStagingDatabase demoStagingDatabase(DemoProperties demo, SourceRegistry registry) {
        return DemoStagingDatabase.prepare(only(demo.sources(), "jdbc"));
    }

    private static SourceDefinition only(List<SourceDefinition> sources, String channel) {
        List<SourceDefinition> matching = sources.stream().filter(s -> channel.equals(s.channel())).toList();
        if (matching.size() != 1) {
            throw new IllegalStateException("credithub.demo.sources must hold exactly one entry with channel: "
                    + channel + " (found " + matching.size() + ")");
        }
        return matching.get(0);
    }
}
