package cn.jining.credithub.adapters.downward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.province.AcknowledgementSigner;
import cn.jining.credithub.contracts.province.AcknowledgementVerifier;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.contracts.seal.InMemoryReplayGuard;
import cn.jining.credithub.contracts.seal.PayloadOpener;
import cn.jining.credithub.contracts.seal.SealVerifier;
import cn.jining.credithub.contracts.seal.SealedBatch;
import cn.jining.credithub.contracts.seal.Sealer;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.contracts.seal.TrustedSigners;
import cn.jining.credithub.contracts.seal.VerifiedBatch;
import cn.jining.credithub.repository.audit.AuditTrail;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The downward reception without HTTP: only the province's seal passes, a refusal is audited, a batch is seen
 * once, and a batch the hub could not publish is released so that the province's retry is accepted.
 */
class DownwardReceptionTest {

    private final Clock clock = Clock.systemUTC();
    private SealingIdentity province;
    private SealingIdentity hub;
    private DataSource repository;
    private DownwardReception reception;

    @BeforeEach
    void reception() throws Exception {
        province = DemoKeys.generate("province");
        hub = DemoKeys.generate("hub");
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:reception-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        repository = h2;
        Flyway.configure().dataSource(repository).locations("classpath:db/migration").load().migrate();
        InMemoryReplayGuard guard = new InMemoryReplayGuard(100, clock);
        reception = new DownwardReception(new SealVerifier(TrustedSigners.of(province.certificate()), guard, clock,
                PayloadOpener.forRecipient(hub)), guard, new AcknowledgementSigner(hub, clock),
                new AuditTrail(repository, clock, null, 1000), clock);
    }

    @Test
    void aBatchIsAcceptedOnceUnlessItsPublicationFailed() throws Exception {
        byte[] body = body(sealer(province).seal("shandong", "SD-1", records(2)));

        VerifiedBatch first = reception.verify(body);
        assertThatThrownBy(() -> reception.verify(body)).isInstanceOfSatisfying(DownwardRefusal.class, refusal -> {
            assertThat(refusal.code()).isEqualTo("REPLAYED");
            assertThat(refusal.httpStatus()).isEqualTo(409);
        });

        reception.release(first);
        VerifiedBatch retried = reception.verify(body);
        var ack = reception.received(reception.toBatch(retried), retried);
        new AcknowledgementVerifier(hub.certificate()).verify(ack, retried.header());
        assertThat(audited("DOWNWARD", "SD-1")).isEqualTo(2);
        assertThat(audited("DOWNWARD_REFUSAL", "SD-1")).isEqualTo(1);
    }

    @Test
    void anEnvelopeSealedByAnotherKeyIsRefusedAndAudited() throws Exception {
        byte[] body = body(sealer(DemoKeys.generate("province")).seal("shandong", "SD-2", records(1)));

        assertThatThrownBy(() -> reception.verify(body)).isInstanceOfSatisfying(DownwardRefusal.class, refusal -> {
            assertThat(refusal.code()).isEqualTo("UNKNOWN_SIGNER");
            assertThat(refusal.httpStatus()).isEqualTo(403);
        });
        assertThat(audited("DOWNWARD_REFUSAL", "SD-2")).isEqualTo(1);
    }

    @Test
    void aBatchIdThatCannotNameAFileIsRefusedBeforeAnythingElse() throws Exception {
        byte[] body = body(sealer(province).seal("shandong", "../../etc/cron.d/x", records(1)));

        assertThatThrownBy(() -> reception.verify(body)).isInstanceOfSatisfying(DownwardRefusal.class, refusal -> {
            assertThat(refusal.code()).isEqualTo("MALFORMED");
            assertThat(refusal.getMessage()).contains("batchId");
        });
    }

    private Sealer sealer(SealingIdentity identity) throws Exception {
        return new Sealer(identity.signer(), identity.certificate(), clock, Duration.ofHours(1));
    }

    private static byte[] body(SealedBatch sealed) throws Exception {
        return ContractsJson.mapper().writeValueAsBytes(sealed);
    }

    private static List<AcceptedRecord> records(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(n -> {
            ObjectNode data = SampleRecords.penalty(9900 + n);
            return new AcceptedRecord("ADMIN_PENALTY", "R-" + n, Fingerprint.of("ADMIN_PENALTY", data),
                    data.get("subjectCategory").asText(), data.get("uscc").asText(), data, null);
        }).toList();
    }

    private int audited(String kind, String batchId) throws Exception {
        try (Connection connection = repository.getConnection();
             var query = connection.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE kind = ? AND batch_id = ?")) {
            query.setString(1, kind);
            query.setString(2, batchId);
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        }
    }
}
