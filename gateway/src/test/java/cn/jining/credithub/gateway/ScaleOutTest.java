package cn.jining.credithub.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.repository.CreditRecordStore;
import cn.jining.credithub.repository.TestDatabases;
import cn.jining.credithub.repository.audit.AuditVerification;
import cn.jining.credithub.repository.audit.AuditVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Scale-out on one machine (docs/deployment.md, profile {@code scale-out}): an Artemis primary/backup pair from the
 * official distribution, two hub nodes as separate JVMs on one PostgreSQL, a stream of signed submissions spread over
 * both; the primary broker is killed (-9) mid-stream, later one node, which is started again. Every accepted record
 * ends in the repository once, at its newest version; nothing is dead-lettered; the audit chain verifies.
 */
class ScaleOutTest {

    private static final int BATCHES = 40;
    private static final int PER_BATCH = 50;
    /** Each record is sent twice with different content: batch b carries version 1, batch b + SHIFT version 2. */
    private static final int SHIFT = BATCHES / 2;
    private static final int KILL_BROKER_AT = 8;
    private static final int KILL_NODE_AT = 22;
    private static final int NODE_BACK_BY = 34;

    @TempDir
    Path dir;

    @Test
    void recordsSurviveTheLossOfTheBrokerPrimaryAndOfAHubNode() throws Exception {
        Path artemis = BrokerPair.distribution();
        Assumptions.assumeTrue(Files.isExecutable(artemis.resolve("bin/artemis")), "SKIPPING the scale-out test: no "
                + "Apache Artemis distribution unpacked at " + artemis + " (./mvnw -Pscale-out unpacks "
                + "org.apache.activemq:apache-artemis:2.40.0:bin)");
        try (TestDatabases.PostgreSql database = TestDatabases.PostgreSql.open("scale_", "scale-out test");
             BrokerPair brokers = new BrokerPair(artemis, Files.createDirectories(dir.resolve("brokers")))) {
            Assumptions.assumeTrue(database.skipReason() == null, database.skipReason());
            brokers.start();
            Path logs = Files.createDirectories(Path.of("target/scale-out"));
            ScaleOutNodes nodes = new ScaleOutNodes(dir, logs, brokers.haUrl(), database);
            try (nodes) {
                nodes.startBoth();
                ScaleOutStream stream = new ScaleOutStream(nodes);
                long brokerKilledAt = 0;
                long failover = -1;
                CompletableFuture<Void> nodeBack = null;
                for (int b = 0; b < BATCHES; b++) {
                    if (b == KILL_BROKER_AT) {
                        brokers.killPrimary();
                        brokerKilledAt = System.nanoTime();
                    }
                    if (b == KILL_NODE_AT) {
                        nodeBack = nodes.killAndRestartB();
                    }
                    if (b == NODE_BACK_BY) {
                        // The last batches go to both nodes again, the restarted one included.
                        nodeBack.get(120, TimeUnit.SECONDS);
                    }
                    stream.submit(b, batch(b));
                    if (brokerKilledAt != 0 && failover < 0) {
                        failover = (System.nanoTime() - brokerKilledAt) / 1_000_000;
                        System.out.println("SCALE-OUT failover: primary killed -> first accepted submission in "
                                + failover + " ms");
                    }
                }
                System.out.println("SCALE-OUT " + BATCHES + " batches of " + PER_BATCH + " records " + stream.summary());
                // One connection for the checks (the test's data source opens one per query).
                SingleConnectionDataSource pg = new SingleConnectionDataSource(database.dataSource().getConnection(),
                        true);
                JdbcTemplate jdbc = new JdbcTemplate(pg);
                int records = SHIFT * PER_BATCH;
                await("every record at its second version").atMost(Duration.ofSeconds(120))
                        .pollInterval(Duration.ofSeconds(1)).until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM credit_record WHERE source_id = 'jn-amr' AND version = 2",
                                Integer.class) == records);
                // Once each, at its newest version: no other current row, and exactly its first version in history.
                assertThat(new CreditRecordStore(pg).countBySource("jn-amr")).isEqualTo(records);
                assertThat(jdbc.queryForList("SELECT record_id, COUNT(*) FROM credit_record_history WHERE source_id = "
                        + "'jn-amr' GROUP BY record_id HAVING COUNT(*) <> 1")).as("records not with one older version")
                        .isEmpty();
                assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT record_id) FROM credit_record_history "
                        + "WHERE source_id = 'jn-amr'", Integer.class)).isEqualTo(records);
                // The newest is the second half's content: every current row came from a batch b >= SHIFT.
                assertThat(jdbc.queryForList("SELECT DISTINCT batch_id FROM credit_record WHERE source_id = 'jn-amr'",
                        String.class)).allSatisfy(batchId -> assertThat(Integer.parseInt(batchId.split("-")[1]))
                        .as(batchId).isGreaterThanOrEqualTo(SHIFT));
                pg.destroy();
                assertThat(deadLetters(brokers.haUrl())).as("dead letters").isZero();
                assertThat(provinceQueueExclusive(brokers.haUrl())).as("the province queue is exclusive on the backup")
                        .isTrue();
            }
            AuditVerification audit = new AuditVerifier(database.dataSource()).verify();
            assertThat(audit.ok()).as("audit chain: %s", audit).isTrue();
        }
    }

    private static String recordId(int n) {
        return "SCALE-" + n;
    }

    /** Batch b's records: for b < SHIFT the first versions of its slice, afterwards the second versions. */
    static List<SubmittedRecord> batch(int b) {
        int slice = b % SHIFT;
        List<SubmittedRecord> records = new ArrayList<>();
        for (int i = 0; i < PER_BATCH; i++) {
            int n = slice * PER_BATCH + i;
            records.add(SampleRecords.penaltyRecord(recordId(n), b < SHIFT ? n : n + 5000));
        }
        return records;
    }

    /** Messages on every queue of the dead-letter address, asked of whichever broker is active now. */
    private static long deadLetters(String url) throws Exception {
        return query(url, session -> {
            long total = 0;
            for (SimpleString queue : session.addressQuery(SimpleString.of("DLA")).getQueueNames()) {
                total += session.queueQuery(queue).getMessageCount();
            }
            return total;
        });
    }

    /** Whether the active broker hands the province queue to one consumer at a time (one node's province link). */
    private static boolean provinceQueueExclusive(String url) throws Exception {
        return query(url, session -> session.queueQuery(SimpleString.of("credit.accepted.province")).isExclusive());
    }

    private static <T> T query(String url, SessionQuery<T> query) throws Exception {
        try (ServerLocator locator = ActiveMQClient.createServerLocator(url);
             ClientSessionFactory factory = locator.createSessionFactory();
             ClientSession session = factory.createSession(HubProcess.BROKER_USER, HubProcess.BROKER_PASSWORD,
                     false, true, true, false, 0)) {
            return query.ask(session);
        }
    }

    private interface SessionQuery<T> {
        T ask(ClientSession session) throws Exception;
    }
}
