package cn.jining.credithub.gateway.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.adapters.province.ProvinceLedger;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.gateway.HubTestSupport;
import cn.jining.credithub.gateway.admin.DeadLetter;
import cn.jining.credithub.gateway.admin.DeadLetterAdmin;
import cn.jining.credithub.simulator.ProvinceSimulator;
import cn.jining.credithub.simulator.SimulatorSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A province that does not trust the hub's certificate (a standalone simulator, configured as an external province:
 * its URL and its pinned TLS certificate) refuses every batch with 403 UNKNOWN_SIGNER: the batch is dead-lettered
 * with that reason after the deliveries the policy allows, not retried for ever, and the repository is unaffected.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProvinceRefusalTest extends HubTestSupport {

    private static ProvinceSimulator distrustful;

    @Autowired
    DeadLetterAdmin deadLetters;
    @Autowired
    ProvinceLedger ledger;
    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
        Path pem;
        try {
            pem = Files.createTempDirectory("province-refusal").resolve("province-tls.pem");
            // A province that trusts some other hub's certificate, not this hub's.
            distrustful = ProvinceSimulator.start(SimulatorSettings.defaults(DemoKeys.generate("other-province"),
                    DemoKeys.generate("credit-hub").certificate()).withPorts(0, 0).withTls(true, pem));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        registry.add("credithub.province.simulator.enabled", () -> "false");
        registry.add("credithub.province.url", () -> distrustful.url().toString());
        registry.add("credithub.province.tls-trust", pem::toString);
        registry.add("credithub.province.encrypt", () -> "false");
        // Dead-letter on the second delivery (the broker's back-off before it is 1 s), to keep the test short.
        registry.add("credithub.broker.max-delivery-attempts", () -> "2");
    }

    @AfterAll
    static void stop() {
        distrustful.close();
    }

    @Test
    void aBatchTheProvinceRefusesForGoodIsDeadLetteredWithItsReasonAndTheRepositoryHasIt() throws Exception {
        assertThat(submit("jn-amr", "refused-1", List.of(SampleRecords.penaltyRecord("REFUSED-1", 9901),
                SampleRecords.penaltyRecord("REFUSED-2", 9902))).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(60)).until(() -> queueDepth("DLQ.credit.accepted.province") == 1);
        List<DeadLetter> letters = deadLetters.list().stream()
                .filter(l -> l.deadLetterQueue().equals("DLQ.credit.accepted.province")).toList();
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).contains("403").contains("UNKNOWN_SIGNER");
            assertThat(letter.batchId()).isEqualTo("refused-1");
        });
        assertThat(queueDepth("credit.accepted.province")).isZero();
        assertThat(distrustful.received().records()).isZero();
        assertThat(distrustful.received().refused()).containsKey("UNKNOWN_SIGNER");
        assertThat(ledger.unacknowledgedCount()).isEqualTo(1);
        Integer inRepository = new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM credit_record WHERE record_id LIKE 'REFUSED-%'", Integer.class);
        assertThat(inRepository).isEqualTo(2);
    }
}
