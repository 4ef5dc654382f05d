package cn.jining.credithub.adapters.soap;

import cn.jining.credithub.adapters.soap.ws.RecordOutcome;
import cn.jining.credithub.adapters.soap.ws.Status;
import cn.jining.credithub.adapters.soap.ws.SubmissionReceipt;
import cn.jining.credithub.adapters.soap.ws.Violation;
import cn.jining.credithub.contracts.exchange.Receipt;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

/** The intake's receipt as the SOAP response: the same counts and per-record outcomes as the REST receipt. */
public final class SoapReceipts {

    private static final DatatypeFactory DATATYPES = datatypes();

    private SoapReceipts() {
    }

    public static SubmissionReceipt toResponse(Receipt receipt) {
        SubmissionReceipt response = new SubmissionReceipt();
        response.setSourceId(receipt.sourceId());
        response.setBatchId(receipt.batchId());
        response.setReceivedAt(DATATYPES.newXMLGregorianCalendar(receipt.receivedAt().toString()));
        response.setTotal(receipt.total());
        response.setAccepted(receipt.accepted());
        response.setRejected(receipt.rejected());
        receipt.records().forEach(outcome -> response.getRecord().add(outcome(outcome)));
        return response;
    }

    private static RecordOutcome outcome(cn.jining.credithub.contracts.exchange.RecordOutcome outcome) {
        RecordOutcome out = new RecordOutcome();
        out.setIndex(outcome.index());
        out.setRecordId(outcome.recordId());
        out.setStatus(Status.valueOf(outcome.status().name()));
        out.setFingerprint(outcome.fingerprint());
        outcome.violations().forEach(v -> {
            Violation violation = new Violation();
            violation.setField(v.field());
            violation.setRule(v.rule());
            violation.setValue(v.value());
            violation.setMessage(v.message());
            violation.setMessageZh(v.messageZh());
            out.getViolation().add(violation);
        });
        return out;
    }

    private static DatatypeFactory datatypes() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("no javax.xml.datatype implementation", e);
        }
    }
}
