package cn.jining.credithub.gateway.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.adapters.soap.ws.Field;
import cn.jining.credithub.adapters.soap.ws.FieldList;
import cn.jining.credithub.adapters.soap.ws.Record;
import cn.jining.credithub.adapters.soap.ws.RecordOutcome;
import cn.jining.credithub.adapters.soap.ws.Status;
import cn.jining.credithub.adapters.soap.ws.SubmissionFault_Exception;
import cn.jining.credithub.adapters.soap.ws.SubmissionPort;
import cn.jining.credithub.adapters.soap.ws.SubmissionReceipt;
import cn.jining.credithub.adapters.soap.ws.SubmissionRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SOAP channel through a CXF client generated from the WSDL, against the real hub on a random port: the
 * receipt answers record by record like REST, refusals are SOAP faults with their stable code, and accepted
 * records reach the repository.
 */
class SoapSubmissionEndToEndTest extends SoapTestSupport {

    private SubmissionPort client;

    @BeforeEach
    void signedClient() {
        client = client(SOURCE);
    }

    @Test
    void theReceiptAnswersEveryRecordAndTheAcceptedOnesReachTheRepository() throws Exception {
        ObjectNode missingDecisionNumber = penalty(7102);
        missingDecisionNumber.remove("decisionNumber");
        ObjectNode badCode = penalty(7103);
        badCode.put("uscc", "913708000000000000");
        SubmissionRequest request = request("soap-receipt-1",
                record("ZC-1", "ADMIN_PENALTY", penalty(7101)),
                record("ZC-2", "ADMIN_PENALTY", missingDecisionNumber),
                record("ZC-3", "ADMIN_PENALTY", badCode),
                record("ZC-4", "CREDIT_LIST", penalty(7104)));

        SubmissionReceipt receipt = client.submit(request);

        assertThat(receipt.getSourceId()).isEqualTo(SOURCE);
        assertThat(receipt.getBatchId()).isEqualTo("soap-receipt-1");
        assertThat(receipt.getTotal()).isEqualTo(4);
        assertThat(receipt.getAccepted()).isEqualTo(1);
        assertThat(receipt.getRejected()).isEqualTo(3);
        RecordOutcome accepted = receipt.getRecord().get(0);
        assertThat(accepted.getStatus()).isEqualTo(Status.ACCEPTED);
        assertThat(accepted.getFingerprint()).hasSize(64);
        assertThat(violation(receipt.getRecord().get(1))).isEqualTo("decisionNumber:REQUIRED");
        assertThat(violation(receipt.getRecord().get(2))).isEqualTo("uscc:USCC_CHECKSUM");
        // zoucheng is not registered for credit lists: the same rule as on REST.
        assertThat(violation(receipt.getRecord().get(3))).isEqualTo("category:CATEGORY_NOT_PERMITTED");
        assertThat(receipt.getRecord().get(1).getViolation().get(0).getMessageZh()).isNotBlank();

        await().atMost(Duration.ofSeconds(30)).until(() -> store.find("ADMIN_PENALTY", SOURCE, "ZC-1").isPresent());
        assertThat(store.find("ADMIN_PENALTY", SOURCE, "ZC-2")).isEmpty();
        assertThat(store.find("ADMIN_PENALTY", SOURCE, "ZC-3")).isEmpty();
    }

    @Test
    void anUnknownSourceIsASoapFaultWithItsCode() {
        SubmissionRequest request = request("soap-unknown", record("ZC-U", "ADMIN_PENALTY", penalty(7201)));
        request.setSourceId("nobody");

        SubmissionFault_Exception fault = catchThrowableOfType(SubmissionFault_Exception.class,
                () -> client("nobody").submit(request));

        assertThat(fault.getFaultInfo().getCode()).isEqualTo("UNKNOWN_SOURCE");
        assertThat(fault.getFaultInfo().getMessage()).contains("nobody").doesNotContain("Exception");
        assertThat(fault.getFaultInfo().getCorrelationId()).isNotBlank();
        assertThat(fault.getMessage()).isEqualTo(fault.getFaultInfo().getMessage());
    }

    @Test
    void tooManyRecordsAreRefusedAsAWhole() {
        Record[] records = new Record[MAX_RECORDS + 1];
        for (int i = 0; i < records.length; i++) {
            records[i] = record("ZC-M-" + i, "ADMIN_PENALTY", penalty(7300 + i));
        }
        SubmissionFault_Exception fault = catchThrowableOfType(SubmissionFault_Exception.class,
                () -> client.submit(request("soap-too-many", records)));

        assertThat(fault.getFaultInfo().getCode()).isEqualTo("TOO_MANY_RECORDS");
        assertThat(fault.getFaultInfo().getMessage()).contains("51 entries").contains("at most 50");
        assertThat(store.find("ADMIN_PENALTY", SOURCE, "ZC-M-0")).isEmpty();
    }

    @Test
    void aFieldNamedTwiceInOneRecordIsRefusedNamingRecordAndField() {
        Record record = record("ZC-D", "ADMIN_PENALTY", penalty(7401));
        Field again = new Field();
        again.setName("subjectName");
        again.setValue("另一个名称");
        record.getFieldOrList().add(again);

        SubmissionFault_Exception fault = catchThrowableOfType(SubmissionFault_Exception.class,
                () -> client.submit(request("soap-twice", record)));

        assertThat(fault.getFaultInfo().getCode()).isEqualTo("MALFORMED");
        assertThat(fault.getFaultInfo().getMessage()).isEqualTo(
                "record[0] (recordId 'ZC-D') names field 'subjectName' more than once");
    }

    private static String violation(RecordOutcome outcome) {
        assertThat(outcome.getStatus()).isEqualTo(Status.REJECTED);
        return outcome.getViolation().get(0).getField() + ":" + outcome.getViolation().get(0).getRule();
    }

    static SubmissionRequest request(String batchId, Record... records) {
        SubmissionRequest request = new SubmissionRequest();
        request.setSourceId(SOURCE);
        request.setBatchId(batchId);
        request.getRecord().addAll(java.util.List.of(records));
        return request;
    }

    /** A record of the SOAP shape: text values as {@code field}, arrays as {@code list}. */
    static Record record(String recordId, String category, ObjectNode data) {
        Record record = new Record();
        record.setRecordId(recordId);
        record.setCategory(category);
        for (Map.Entry<String, JsonNode> entry : data.properties()) {
            if (entry.getValue().isArray()) {
                FieldList list = new FieldList();
                list.setName(entry.getKey());
                entry.getValue().forEach(item -> list.getItem().add(item.asText()));
                record.getFieldOrList().add(list);
            } else {
                Field field = new Field();
                field.setName(entry.getKey());
                field.setValue(entry.getValue().asText());
                record.getFieldOrList().add(field);
            }
        }
        return record;
    }
}
