package cn.jining.credithub.adapters.downward;

import cn.jining.credithub.repository.audit.AuditTrail;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.RouteTemplateDefinition;

/**
 * The downward subscription as route templates, one route per subscribing source (id
 * {@value #ROUTE_PREFIX}{@code <source id>}): drain the source's durable queue on the downward address in JMS
 * transactions, one consumer so batches arrive in the province's order, and hand each batch over on the source's
 * channel. {@value #SFTP_ID} writes {@code <batch id>.json} into a folder of the source's SFTP server, under a
 * temporary name renamed when complete; {@value #BEAN_ID} calls a {@link DownwardDelivery} bean (REST callback,
 * database table). A failed delivery rolls back, and {@link DownwardCircuit} pauses the route until the source is
 * back.
 */
public class DownwardDeliveryTemplates extends RouteBuilder {

    public static final String SFTP_ID = "downward-sftp";
    public static final String BEAN_ID = "downward-bean";
    public static final String ROUTE_PREFIX = "downward-";
    /** The id of the error-policy configuration for subscriber deliveries (defined by the hub's ErrorPolicy). */
    static final String SUBSCRIBER_DELIVERY_POLICY = "subscriber-delivery";

    // SECURITY: password is a placeholder naming where the secret is (e.g. {{SOME_ENV_VAR}}), resolved when the
    // route is created; the registry and the template parameters never hold the secret itself.
    // tempFileName: the bureau never sees a half-written <batch>.json, only the finished rename.
    private static final String SFTP = "sftp:{{host}}:{{port}}/{{directory}}?username={{username}}"
            + "&password={{?password}}&privateKeyFile={{?privateKeyFile}}&knownHostsFile={{knownHostsFile}}"
            // SECURITY: the server's host key is always checked against the entry's known_hosts file.
            + "&strictHostKeyChecking=yes&useUserKnownHostsFile=false&binary=true"
            + "&autoCreate=true&tempFileName=${file:name}.part&fileExist=Override";

    private final AuditTrail audit;

    public DownwardDeliveryTemplates(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void configure() {
        RouteTemplateDefinition sftp = routeTemplate(SFTP_ID)
                .templateParameter("sourceId", null, "the registry id of the subscribing source")
                .templateParameter("queue", null, "the source's durable queue, address::queue")
                .templateParameter("host")
                .templateParameter("port", "22")
                .templateParameter("directory", null, "the folder the batches are written into")
                .templateParameter("username")
                .templateOptionalParameter("password", "a placeholder reference to the password, never the value")
                .templateOptionalParameter("privateKeyFile", "path of the private key file")
                .templateParameter("knownHostsFile", null,
                        "path of the known_hosts file the server's host key is checked against");
        consume(sftp.from(queue()))
                .process(DownwardSteps::toJson)
                .to(SFTP)
                .process(exchange -> DownwardSteps.audit(audit, exchange))
                .log("downward batch ${exchangeProperty." + DownwardSteps.BATCH + ".batchId} written to {{sourceId}}"
                        + " as ${header.CamelFileName}");

        RouteTemplateDefinition bean = routeTemplate(BEAN_ID)
                .templateParameter("sourceId", null, "the registry id of the subscribing source")
                .templateParameter("queue", null, "the source's durable queue, address::queue")
                .templateParameter("delivery", null, "bean name of the source's DownwardDelivery");
        consume(bean.from(queue()))
                .to("bean:{{delivery}}?method=deliver")
                .process(exchange -> DownwardSteps.audit(audit, exchange))
                .log("downward batch ${exchangeProperty." + DownwardSteps.BATCH + ".batchId} delivered to {{sourceId}}");
    }

    /**
     * One consumer: a second one would deliver the next batch while the first is still being retried. A failed
     * delivery is logged once, by the error policy; the listener's own stack trace would repeat it every retry.
     */
    private static String queue() {
        return "jms:queue:{{queue}}?transacted=true&disableReplyTo=true&concurrentConsumers=1"
                + "&maxConcurrentConsumers=1&errorHandlerLogStackTrace=false";
    }

    private RouteDefinition consume(RouteDefinition route) {
        return route.routeConfigurationId(SUBSCRIBER_DELIVERY_POLICY)
                .setProperty(DownwardSteps.SUBSCRIBER, constant("{{sourceId}}"))
                .process(DownwardSteps::read);
    }
}
