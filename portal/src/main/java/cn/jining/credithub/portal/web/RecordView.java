package cn.jining.credithub.portal.web;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.record.FieldSpec;
import cn.jining.credithub.contracts.record.Presence;
import cn.jining.credithub.portal.store.PublishedRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * A published record as a page shows it: its fields in the standard's order with their Chinese names. Fields the
 * standard marks personal, and those only a natural person's record has, are never shown even if the feed sent them.
 */
public record RecordView(PublishedRecord record, String title, List<Row> rows) {

    /** One labelled value. */
    public record Row(String label, String value) {
    }

    /** Shown in the page's heading, not repeated in the table. */
    private static final Set<String> IN_HEADING = Set.of("subjectName", "uscc", "subjectCategory");

    public static RecordView of(PublishedRecord record) {
        JsonNode fields = parse(record.fieldsJson());
        List<Row> rows = new ArrayList<>();
        for (FieldSpec spec : FieldSpec.of(record.category().recordType())) {
            JsonNode value = fields.get(spec.name());
            if (value == null || value.isNull() || IN_HEADING.contains(spec.name()) || spec.field().personal()
                    || spec.field().presence() == Presence.NATURAL_PERSON) {
                continue;
            }
            rows.add(new Row(spec.field().zh(), text(value)));
        }
        return new RecordView(record, record.category().label(), rows);
    }

    /** The value of a field by its standard name, or empty. */
    public String field(String name) {
        JsonNode value = parse(record.fieldsJson()).get(name);
        return value == null || value.isNull() ? "" : text(value);
    }

    private static String text(JsonNode value) {
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining("、"));
        }
        return value.asText();
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? ContractsJson.mapper().createObjectNode() : ContractsJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored fields are not JSON", e);
        }
    }
}
