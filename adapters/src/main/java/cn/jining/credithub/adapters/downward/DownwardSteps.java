package cn.jining.credithub.adapters.downward;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.repository.audit.AuditEntry;
import cn.jining.credithub.repository.audit.AuditKind;
import cn.jining.credithub.repository.audit.AuditTrail;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.apache.camel.Exchange;

/** The steps every subscriber's delivery route shares: read the queued batch, and audit its delivery. */
public final class DownwardSteps {

    /** Exchange property: the subscriber's source id. */
    static final String SUBSCRIBER = "CreditHubDownwardSubscriber";
    /** Exchange property: the batch being delivered, kept while a producer replaces the body. */
    static final String BATCH = "CreditHubDownwardBatch";

    private DownwardSteps() {
    }

    /**
     * The queued JSON as a {@link DownwardBatch}. A message that is not one can never be delivered: it fails
     * with a Jackson exception, which the error policy dead-letters at once, with the reason.
     */
    static void read(Exchange exchange) throws Exception {
        String json = exchange.getMessage().getMandatoryBody(String.class);
        DownwardBatch batch = ContractsJson.mapper().readValue(json, DownwardBatch.class);
        if (batch == null || batch.batchId() == null || !DownwardReception.BATCH_ID.matcher(batch.batchId()).matches()) {
            throw JsonMappingException.from((JsonParser) null, "not a downward batch with a usable batchId");
        }
        exchange.setProperty(BATCH, batch);
        exchange.getMessage().setHeader(Exchange.FILE_NAME, batch.batchId() + ".json");
        exchange.getMessage().setBody(batch);
    }

    /** The same JSON text every channel delivers, for the SFTP file. */
    static void toJson(Exchange exchange) throws Exception {
        exchange.getMessage().setBody(ContractsJson.mapper().writeValueAsBytes(exchange.getProperty(BATCH)));
    }

    /** Appends one DELIVERY entry per record of a delivered batch; destination {@code downward:<subscriber>}. */
    public static void audit(AuditTrail audit, Exchange exchange) {
        DownwardBatch batch = exchange.getProperty(BATCH, DownwardBatch.class);
        String destination = clip("downward:" + exchange.getProperty(SUBSCRIBER, String.class));
        List<AuditEntry> entries = batch.records().stream().map(r -> AuditEntry.of(AuditKind.DELIVERY, r.category(),
                batch.origin(), batch.batchId(), r.recordId(), r.fingerprint(), destination, null)).toList();
        if (!entries.isEmpty()) {
            audit.append(entries);
        }
    }

    /** The trail's destination column holds 64 characters; subscriber ids are at most 64 on their own. */
    private static String clip(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64);
    }
}
