package cn.jining.credithub.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.gateway.HubTestSupport;
import cn.jining.credithub.repository.CreditRecordStore;
import cn.jining.credithub.repository.audit.AuditEntry;
import cn.jining.credithub.repository.audit.AuditKind;
import cn.jining.credithub.repository.audit.AuditTrail;
import cn.jining.credithub.repository.audit.AuditVerifier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A batch over HTTP leaves a verifiable trail: each accepted record from SUBMISSION to a DELIVERY per destination, each rejected one a REJECTION. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditEndToEndTest extends HubTestSupport {

    @Autowired
    CreditRecordStore store;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditVerifier verifier;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
    }

    @Test
    void aRecordIsTracedFromSubmissionToTheRepositoryAndTheChainVerifies() {
        ObjectNode broken = SampleRecords.penalty(2);
        broken.remove("legalRepresentative");
        HttpResponse<String> response = submit("jn-amr", "audit-1", List.of(SampleRecords.penaltyRecord("AUD-1", 1),
                new SubmittedRecord("AUD-2", "ADMIN_PENALTY", broken)));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode receipt = json(response);
        String fingerprint = receipt.get("records").get(0).get("fingerprint").asText();

        // Every destination writes its own DELIVERY entry: the repository, the publication feed and the province link
        // (the test hub forwards to a province simulator), in whichever order they finish.
        await().atMost(Duration.ofSeconds(30)).until(() -> store.find("ADMIN_PENALTY", "jn-amr", "AUD-1").isPresent()
                && trail.trace("ADMIN_PENALTY", "jn-amr", "AUD-1").size() >= 4);

        List<AuditEntry> trace = trail.trace("ADMIN_PENALTY", "jn-amr", "AUD-1");
        // In any order: the intake appends SUBMISSION after the broker took the batch, so a fast destination
        // may append its DELIVERY first.
        assertThat(trace).extracting(AuditEntry::kind, AuditEntry::destination).containsExactlyInAnyOrder(
                tuple(AuditKind.SUBMISSION, null), tuple(AuditKind.DELIVERY, "repository"),
                tuple(AuditKind.DELIVERY, "publication"), tuple(AuditKind.DELIVERY, "province"));
        assertThat(trace).allSatisfy(e -> {
            assertThat(e.fingerprint()).isEqualTo(fingerprint);
            assertThat(e.batchId()).isEqualTo("audit-1");
        });
        List<AuditEntry> rejected = trail.trace("ADMIN_PENALTY", "jn-amr", "AUD-2");
        assertThat(rejected).extracting(AuditEntry::kind).containsExactly(AuditKind.REJECTION);
        assertThat(rejected.get(0).detail()).contains("\"field\":\"legalRepresentative\"", "\"rule\":\"REQUIRED\"");
        assertThat(verifier.verify().ok()).isTrue();
    }
}
