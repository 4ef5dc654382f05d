package cn.jining.credithub.gateway.sftp;

import cn.jining.credithub.adapters.sftp.FileFormat;
import cn.jining.credithub.adapters.sftp.SftpSourceTemplate;
import cn.jining.credithub.routes.source.SourceDefinition;
import java.util.List;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.TemplatedRouteDefinition;

/** One {@code sftp-<source id>} route per SFTP source, from the {@code sftp-source} template and its registry entry. */
class SftpSourceRoutes extends RouteBuilder {

    private final List<SourceDefinition> sources;

    SftpSourceRoutes(List<SourceDefinition> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public void configure() {
        for (SourceDefinition source : sources) {
            SourceDefinition.Sftp sftp = source.sftp();
            long interval = sftp.readLockInterval().toMillis();
            TemplatedRouteDefinition route = templatedRoute(SftpSourceTemplate.ID).routeId("sftp-" + source.id())
                    .parameter("sourceId", source.id())
                    .parameter("host", sftp.host())
                    .parameter("port", String.valueOf(sftp.port()))
                    .parameter("directory", sftp.directory())
                    .parameter("username", sftp.username())
                    .parameter("category", sftp.category())
                    .parameter("charset", sftp.charset())
                    .parameter("format", FileFormat.of(sftp.format()).setting())
                    .parameter("include", FileFormat.of(sftp.format()).include())
                    .parameter("batchSize", String.valueOf(sftp.batchSize()))
                    .parameter("delay", String.valueOf(sftp.delay().toMillis()))
                    .parameter("readLockCheckInterval", String.valueOf(interval))
                    // Camel needs the timeout well above the check interval to see a file unchanged twice.
                    .parameter("readLockTimeout", String.valueOf(Math.max(30_000, interval * 6)))
                    .parameter("doneDirectory", sftp.doneDirectory())
                    .parameter("failedDirectory", sftp.failedDirectory());
            if (sftp.passwordEnv() != null) {
                // SECURITY: a reference resolved when the route is created; RAW keeps '&' or '+' in a password intact.
                route.parameter("password", "RAW({{" + sftp.passwordEnv() + "}})");
            }
            if (sftp.idColumn() != null) {
                route.parameter("idColumn", sftp.idColumn());
            }
            if (sftp.privateKeyPath() != null) {
                route.parameter("privateKeyFile", sftp.privateKeyPath());
            }
            route.parameter("knownHostsFile", sftp.knownHostsPath());
        }
    }
}
