package cn.jining.credithub.adapters.soap;

import cn.jining.credithub.contracts.exchange.Echo;
import cn.jining.credithub.adapters.soap.ws.Field;
import cn.jining.credithub.adapters.soap.ws.FieldList;
import cn.jining.credithub.adapters.soap.ws.Record;
import cn.jining.credithub.adapters.soap.ws.SubmissionRequest;
import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.Submission;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a SOAP submission request into the Submission every channel hands to the intake: a {@code field}
 * becomes a text value, a {@code list} an array of texts, under the name the source sent.
 */
public final class SoapSubmissions {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SoapSubmissions() {
    }

    public static Submission toSubmission(SubmissionRequest request) {
        List<SubmittedRecord> records = new ArrayList<>(request.getRecord().size());
        for (int i = 0; i < request.getRecord().size(); i++) {
            Record record = request.getRecord().get(i);
            records.add(new SubmittedRecord(record.getRecordId(), record.getCategory(), data(i, record)));
        }
        return new Submission(request.getSourceId(), request.getBatchId(), records);
    }

    private static ObjectNode data(int index, Record record) {
        ObjectNode data = NODES.objectNode();
        for (Object value : record.getFieldOrList()) {
            String name = value instanceof Field field ? field.getName() : ((FieldList) value).getName();
            JsonNode node = value instanceof Field field ? NODES.textNode(field.getValue()) : list((FieldList) value);
            // A JSON object holds a name once; taking the first or the last silently would hide a source error.
            if (data.has(name)) {
                throw new SubmissionRefusedException(Refusal.MALFORMED, "record[" + index + "] (recordId "
                        + Echo.quoted(record.getRecordId()) + ") names field " + Echo.quoted(name) + " more than once");
            }
            data.set(name, node);
        }
        return data;
    }

    private static ArrayNode list(FieldList list) {
        ArrayNode items = NODES.arrayNode();
        list.getItem().forEach(items::add);
        return items;
    }
}
