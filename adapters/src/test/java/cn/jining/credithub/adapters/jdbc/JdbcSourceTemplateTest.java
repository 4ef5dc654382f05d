package cn.jining.credithub.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.exchange.Receipt;
import cn.jining.credithub.contracts.exchange.RecordOutcome;
import cn.jining.credithub.contracts.exchange.Submission;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/**
 * The {@code jdbc-source} route: a technical failure in the intake (the broker down) rolls the claim back, so
 * the next poll takes the same rows again and answers them. The hub's intake is stood in for by a route that
 * fails once, the one thing a real hub cannot be made to do on cue.
 */
class JdbcSourceTemplateTest {

    private final List<Submission> handedOver = new CopyOnWriteArrayList<>();

    @Test
    void aFailedHandOverLeavesTheRowsNewForTheNextPoll() throws Exception {
        StagingDatabase database = StagingDatabase.H2;
        DataSource dataSource = database.open();
        String table = StagingDatabase.freshTable();
        database.createTable(dataSource, table, List.of("subjectName"), 200);
        StagingDatabase.execute(dataSource, "INSERT INTO " + table + " (id, " + database.quote("subjectName")
                + ") VALUES ('r1', 'a'), ('r2', 'b')");

        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new JdbcSourceTemplate());
            context.addRoutes(new RouteConfigurationBuilder() {
                @Override
                public void configuration() {
                    // As the hub's policy for polling channels: no Camel retries, the next poll is the retry.
                    routeConfiguration(JdbcSourceTemplate.POLLING_CHANNEL_POLICY)
                            .errorHandler(defaultErrorHandler().maximumRedeliveries(0));
                }
            });
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(JdbcSourceTemplate.INTAKE).routeId("intake-failing-once").process(e -> intake(e));
                }
            });
            context.getRegistry().bind("staging", new JdbcStagingTable(new JdbcStagingSettings("jn-db", table, "id",
                    "status", "reason", "ADMIN_PENALTY", 10), dataSource));
            NotifyBuilder failedThenAnswered = new NotifyBuilder(context).fromRoute("jdbc-jn-db").whenFailed(1)
                    .and().fromRoute("jdbc-jn-db").whenCompleted(1).create();
            context.start();
            TemplatedRouteBuilder.builder(context, JdbcSourceTemplate.ID).routeId("jdbc-jn-db")
                    .parameter("sourceId", "jn-db").parameter("stagingTable", "staging").parameter("delay", "100")
                    .add();

            assertThat(failedThenAnswered.matches(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(handedOver).hasSizeGreaterThanOrEqualTo(2);
        assertThat(handedOver.get(1)).isEqualTo(handedOver.get(0)); // the same rows, taken again
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT status FROM " + table)) {
            while (rows.next()) {
                assertThat(rows.getString(1)).isEqualTo("ACCEPTED");
            }
        }
        StagingDatabase.execute(dataSource, "DROP TABLE " + table);
    }

    private void intake(Exchange exchange) {
        Submission submission = exchange.getMessage().getBody(Submission.class);
        handedOver.add(submission);
        if (handedOver.size() == 1) {
            throw new IllegalStateException("the hub's queue is unavailable");
        }
        exchange.getMessage().setBody(Receipt.of(submission.sourceId(), submission.batchId(), Instant.now(),
                IntStream.range(0, submission.records().size())
                        .mapToObj(i -> RecordOutcome.accepted(i, submission.records().get(i).recordId(), "f")).toList()));
    }
}
