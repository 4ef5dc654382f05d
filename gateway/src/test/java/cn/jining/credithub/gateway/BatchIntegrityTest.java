package cn.jining.credithub.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.gateway.console.ConsoleAccounts;
import cn.jining.credithub.repository.CreditRecordStore;
import cn.jining.credithub.repository.RecordVersion;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQIOErrorException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerMessagePlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A batch's integrity through faults: its accepted records are queued all together or not at all, and the
 * repository's current version of a record is the one accepted last, even when an older version is delivered
 * after it (a dead-letter replay of a batch whose delivery failed).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BatchIntegrityTest extends HubTestSupport {

    private static final String SOURCE = "jn-eco";
    private static final String REPOSITORY_QUEUE = "credit.accepted.repository";

    @Autowired
    CreditRecordStore store;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
        ConsoleAccounts.register(registry);
        registry.add("credithub.broker.config", () -> "classpath:broker-fast-redelivery.xml");
        registry.add("credithub.broker.max-delivery-attempts", () -> "3");
    }

    @Test
    void anOriginalReplayedAfterItsCorrectionGoesToHistoryAndTheCorrectionStaysCurrent() throws Exception {
        List<SubmittedRecord> originals = records("ORD-", 1_000);
        List<SubmittedRecord> corrections = records("ORD-", 50_000);
        jdbc.execute("ALTER TABLE credit_record RENAME TO credit_record_parked");
        try {
            assertThat(submit(SOURCE, "ord-original", originals).statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> queueDepth("DLQ." + REPOSITORY_QUEUE) == 1);
        } finally {
            jdbc.execute("ALTER TABLE credit_record_parked RENAME TO credit_record");
        }
        assertThat(submit(SOURCE, "ord-correction", corrections).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> countLike("ORD-%") == originals.size()
                && queueDepth(REPOSITORY_QUEUE) == 0);

        HttpResponse<String> replayed = send(ConsoleAccounts.asOperator(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/api/admin/dead-letters/replay")))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(replayed.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> queueDepth("DLQ." + REPOSITORY_QUEUE) == 0
                && queueDepth(REPOSITORY_QUEUE) == 0 && historyRows("ORD-%") == originals.size());

        for (int i = 0; i < originals.size(); i++) {
            String recordId = originals.get(i).recordId();
            List<RecordVersion> versions = store.versions("ADMIN_PENALTY", SOURCE, recordId);
            assertThat(versions).as(recordId).extracting(RecordVersion::batchId, RecordVersion::current)
                    .containsExactly(org.assertj.core.api.Assertions.tuple("ord-original", false),
                            org.assertj.core.api.Assertions.tuple("ord-correction", true));
            assertThat(versions.get(1).version()).isEqualTo(2);
            assertThat(ContractsJson.mapper().readTree(versions.get(1).payload()).get("fineAmount").asInt()).isEqualTo(50_000 + i);
        }
    }

    @Test
    void aSendFailingPartWayThroughABatchQueuesNothingOfItAndSaysSo() {
        // 1,200 accepted records are three queued messages (500 each): the broker refuses the second.
        ActiveMQServerMessagePlugin refuseSecondPart = new ActiveMQServerMessagePlugin() {
            @Override
            public void beforeSend(ServerSession session, Transaction tx, Message message, boolean direct,
                                   boolean noAutoCreateQueue) throws ActiveMQException {
                if ("atomic-1".equals(message.getStringProperty("CreditHubBatchId"))
                        && Integer.valueOf(1).equals(message.getObjectProperty("CreditHubChunk"))) {
                    throw new ActiveMQIOErrorException("test: the journal failed");
                }
            }
        };
        var server = broker.server().getActiveMQServer();
        long addedBefore = server.locateQueue("credit.intake").getMessagesAdded();
        server.registerBrokerPlugin(refuseSecondPart);
        HttpResponse<String> refused;
        try {
            refused = submit(SOURCE, "atomic-1", records("ATOM-", 1_000, 1_200));
        } finally {
            server.unRegisterBrokerPlugin(refuseSecondPart);
        }

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(json(refused).get("error").asText()).isEqualTo("UNAVAILABLE");
        assertThat(server.locateQueue("credit.intake").getMessagesAdded()).as("no part of the batch was queued")
                .isEqualTo(addedBefore);
        // Refused as a whole, so the source may send the same batch again, and then all of it arrives.
        assertThat(submit(SOURCE, "atomic-1", records("ATOM-", 1_000, 1_200)).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> countLike("ATOM-%") == 1_200);
    }

    private long historyRows(String pattern) {
        Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM credit_record_history WHERE source_id = ? "
                + "AND record_id LIKE ?", Long.class, SOURCE, pattern);
        return rows == null ? 0 : rows;
    }

    private long countLike(String pattern) {
        Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM credit_record WHERE source_id = ? AND record_id LIKE ?",
                Long.class, SOURCE, pattern);
        return rows == null ? 0 : rows;
    }

    private static List<SubmittedRecord> records(String prefix, int fineBase) {
        return records(prefix, fineBase, 20);
    }

    /** {@code count} penalties {@code <prefix><n>}, the n-th fined {@code fineBase + n}. */
    private static List<SubmittedRecord> records(String prefix, int fineBase, int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            SubmittedRecord r = SampleRecords.penaltyRecord(prefix + i, 9_400 + i % 50);
            ((ObjectNode) r.data()).put("fineAmount", fineBase + i);
            return r;
        }).toList();
    }
}
