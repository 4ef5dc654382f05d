package cn.jining.credithub.gateway.demo;

import cn.jining.credithub.routes.source.SourceDefinition;
import cn.jining.credithub.routes.source.SourceRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The demo's bureau-side systems, so that a fresh machine shows all four channels at work: the SFTP server of
 * the demo's sftp entry and the staging database of its jdbc entry ({@code credithub.demo.sources}). Only with
 * {@code credithub.demo.enabled}; a deployment turns it off (CREDITHUB_DEMO=false).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "credithub.demo.enabled", havingValue = "true")
public class DemoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DemoConfiguration.class);

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

    /** The publication feed's events into the folder the demo's public site imports (a deployment's site reads the queue). */
    @Bean
    DemoFeedExportRoute demoFeedExportRoute(DemoProperties demo) {
        return new DemoFeedExportRoute(Path.of(demo.dir(), "portal-feed").toString());
    }

    /** The public site beside the hub once the hub is ready (its address printed after the hub's), if it is built. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> demoPortalStarter(DemoProperties demo, Environment environment,
                                                                  DemoPortalHolder holder) {
        return ready -> {
            if (!demo.portal()) {
                return;
            }
            try {
                holder.portal = DemoPortal.start(Path.of("portal", "target"), Path.of(demo.dir()),
                        Path.of(demo.dir(), "portal-feed"), demo.portalPort(),
                        environment.getRequiredProperty("local.server.port", Integer.class));
            } catch (IOException e) {
                LOG.warn("the public site could not be started: {}", e.getMessage());
            }
        };
    }

    @Bean(destroyMethod = "close")
    DemoPortalHolder demoPortalHolder() {
        return new DemoPortalHolder();
    }

    /** Holds the started site so the context stops it on shutdown. */
    static final class DemoPortalHolder implements AutoCloseable {

        private DemoPortal portal;

        @Override
        public void close() throws InterruptedException {
            if (portal != null) {
                portal.close();
            }
        }
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
