package cn.jining.credithub.gateway.downward;

import cn.jining.credithub.adapters.downward.DownwardDeliveryTemplates;
import cn.jining.credithub.adapters.downward.JdbcTableDelivery;
import cn.jining.credithub.adapters.downward.RestCallbackDelivery;
import cn.jining.credithub.contracts.seal.CertificateRef;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.routes.source.SourceDefinition;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.List;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.TemplatedRouteDefinition;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** One {@code downward-<source id>} route per subscribing source, from the delivery template of its channel. */
class DownwardSubscriberRoutes extends RouteBuilder {

    private final List<SourceDefinition> subscribers;
    private final DownwardQueues queues;
    private final SealingIdentity hub;
    private final Environment environment;

    DownwardSubscriberRoutes(List<SourceDefinition> subscribers, DownwardQueues queues, SealingIdentity hub,
                             Environment environment) throws GeneralSecurityException {
        this.subscribers = List.copyOf(subscribers);
        this.queues = queues;
        this.hub = hub;
        this.environment = environment;
        hub.signer(); // fails here, at start-up, if the hub key cannot sign
    }

    @Override
    public void configure() throws Exception {
        for (SourceDefinition source : subscribers) {
            String routeId = DownwardDeliveryTemplates.ROUTE_PREFIX + source.id();
            SourceDefinition.Downward downward = source.downward();
            if ("sftp".equals(downward.channel())) {
                sftp(routeId, source);
                continue;
            }
            String bean = "downwardDelivery-" + source.id();
            getCamelContext().getRegistry().bind(bean, "rest".equals(downward.channel())
                    ? new RestCallbackDelivery(URI.create(downward.callbackUrl()), downward.callbackTimeout(),
                            hub.signer(), CertificateRef.of(hub.certificate()).sm3())
                    : new JdbcTableDelivery(dataSource(source.jdbc()), downward.table()));
            templatedRoute(DownwardDeliveryTemplates.BEAN_ID).routeId(routeId)
                    .parameter("sourceId", source.id())
                    .parameter("queue", queues.fullyQualified(source.id()))
                    .parameter("delivery", bean);
        }
    }

    /** Over the source's own SFTP connection settings (the same server it drops its files on). */
    private void sftp(String routeId, SourceDefinition source) {
        SourceDefinition.Sftp sftp = source.sftp();
        TemplatedRouteDefinition route = templatedRoute(DownwardDeliveryTemplates.SFTP_ID).routeId(routeId)
                .parameter("sourceId", source.id())
                .parameter("queue", queues.fullyQualified(source.id()))
                .parameter("host", sftp.host())
                .parameter("port", String.valueOf(sftp.port()))
                .parameter("directory", source.downward().directory())
                .parameter("username", sftp.username());
        if (sftp.passwordEnv() != null) {
            // SECURITY: a reference resolved when the route is created; RAW keeps '&' or '+' in a password intact.
            route.parameter("password", "RAW({{" + sftp.passwordEnv() + "}})");
        }
        if (sftp.privateKeyPath() != null) {
            route.parameter("privateKeyFile", sftp.privateKeyPath());
        }
        route.parameter("knownHostsFile", sftp.knownHostsPath());
    }

    /** A connection per delivery, no pool: nothing is opened at start-up, so a bureau database that is down
     *  delays only its own batches. */
    private DriverManagerDataSource dataSource(SourceDefinition.Jdbc jdbc) {
        return new DriverManagerDataSource(jdbc.url(), jdbc.username(),
                jdbc.passwordEnv() == null ? "" : environment.getProperty(jdbc.passwordEnv()));
    }
}
