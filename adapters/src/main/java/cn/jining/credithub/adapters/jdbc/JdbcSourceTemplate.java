package cn.jining.credithub.adapters.jdbc;

import cn.jining.credithub.contracts.auth.SignedRequest;
import org.apache.camel.builder.RouteBuilder;

/**
 * The DB polling channel as a route template ({@value #ID}), one route per jdbc source of the registry: on
 * each tick claim the next new rows of the source's staging table, hand them as one Submission to the intake,
 * and write each row's outcome (ACCEPTED or REJECTED with its reason) back in the same transaction.
 */
public class JdbcSourceTemplate extends RouteBuilder {

    public static final String ID = "jdbc-source";
    /**
     * The error-policy configuration of polling channels: no Camel retries, the next poll is the retry. The
     * hub's ErrorPolicy defines it (as {@code polling-channel}).
     */
    static final String POLLING_CHANNEL_POLICY = "polling-channel";
    /** Where every inbound channel hands its Submission (the hub's intake). */
    static final String INTAKE = "direct:intake";

    @Override
    public void configure() {
        routeTemplate(ID)
                .templateParameter("sourceId", null, "the registry id of the source")
                // SECURITY: the connection and its password live in the bound bean, never in route parameters.
                .templateParameter("stagingTable", null, "registry name of the source's JdbcStagingTable bean")
                .templateParameter("delay", "30000", "milliseconds between polls")
                .from("timer:jdbc-source-{{sourceId}}?delay={{delay}}&period={{delay}}")
                .routeConfigurationId(POLLING_CHANNEL_POLICY)
                .setProperty(JdbcPollSteps.STAGING, constant("{{stagingTable}}"))
                .process(JdbcPollSteps::claim)
                .filter(body().isNotNull())
                    // The rows come through this source's own connection, so they are the configured source's.
                    .setHeader(SignedRequest.AUTHENTICATED_SOURCE, constant("{{sourceId}}"))
                    .to(INTAKE)
                    .process(JdbcPollSteps::answer)
                    .log("{{sourceId}}: ${body.total} staging rows answered, ${body.accepted} accepted")
                .end();
    }
}
