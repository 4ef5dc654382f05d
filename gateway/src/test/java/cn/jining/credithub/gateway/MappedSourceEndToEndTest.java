package cn.jining.credithub.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.fixtures.CountyMapping;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.record.AdministrativePenalty;
import cn.jining.credithub.contracts.record.FieldSpec;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.repository.CreditRecordStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo county {@code qufu} submits over HTTP in its own columns, as configured in sources.yml: the hub
 * maps, checks and stores the record in canonical form, keeps what was sent beside it, and answers a value
 * that did not convert under the canonical field's name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MappedSourceEndToEndTest extends HubTestSupport {

    @Autowired
    CreditRecordStore store;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
    }

    @Test
    void aCountyRecordInItsOwnColumnsIsAcceptedAndStoredWithCanonicalNames() throws JsonProcessingException {
        ObjectNode unconvertible = countyRecord(8102);
        unconvertible.put("处罚决定日期", "01.03.2026");
        HttpResponse<String> response = submit("qufu", "qufu-2026-001", List.of(
                new SubmittedRecord("QF-8101", "ADMIN_PENALTY", countyRecord(8101)),
                new SubmittedRecord("QF-8102", "ADMIN_PENALTY", unconvertible)));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode receipt = json(response);
        assertThat(receipt.get("accepted").asInt()).isEqualTo(1);
        assertThat(receipt.at("/records/0/status").asText()).isEqualTo("ACCEPTED");
        assertThat(receipt.at("/records/1/status").asText()).isEqualTo("REJECTED");
        assertThat(receipt.at("/records/1/violations/0/field").asText()).isEqualTo("decisionDate");
        assertThat(receipt.at("/records/1/violations/0/rule").asText()).isEqualTo("FORMAT");

        await().atMost(Duration.ofSeconds(30)).until(() -> store.find("ADMIN_PENALTY", "qufu", "QF-8101").isPresent());
        CreditRecordStore.StoredRecord stored = store.find("ADMIN_PENALTY", "qufu", "QF-8101").orElseThrow();
        JsonNode payload = ContractsJson.mapper().readTree(stored.payload());
        List<String> names = new ArrayList<>();
        payload.fieldNames().forEachRemaining(names::add);
        assertThat(names).allSatisfy(name -> assertThat(FieldSpec.find(AdministrativePenalty.class, name)).isPresent());
        ObjectNode canonical = SampleRecords.penalty(8101);
        assertThat(payload.get("subjectName")).isEqualTo(canonical.get("subjectName"));
        assertThat(payload.get("uscc")).isEqualTo(canonical.get("uscc"));
        assertThat(payload.get("subjectCategory").asText()).isEqualTo("法人及非法人组织");
        assertThat(payload.get("decisionDate").asText()).isEqualTo("2026-03-01");
        assertThat(payload.get("validUntil").asText()).isEqualTo("2027-03-01");
        assertThat(payload.get("penaltyKinds")).containsExactlyInAnyOrder(
                ContractsJson.mapper().getNodeFactory().textNode("罚款"),
                ContractsJson.mapper().getNodeFactory().textNode("警告"));
        assertThat(payload.get("remarks").asText()).isEqualTo("曲阜市综合执法系统导出");
        assertThat(payload.get("dataSource").asText()).isEqualTo("曲阜市综合行政执法局");
        assertThat(payload.get("dataSourceUscc").asText()).isEqualTo("11370881004302014W");
        assertThat(stored.subjectCode()).isEqualTo(canonical.get("uscc").asText());
        assertThat(ContractsJson.mapper().readTree(stored.originalPayload())).isEqualTo(countyRecord(8101));
        assertThat(store.find("ADMIN_PENALTY", "qufu", "QF-8102")).isEmpty();
    }

    /** Sample penalty {@code n} in 曲阜's own columns and forms (see its mapping in sources.yml), with 备注. */
    private static ObjectNode countyRecord(int n) {
        ObjectNode data = CountyMapping.record(n);
        data.put("备注", " 曲阜市综合执法系统导出 ");
        return data;
    }
}
