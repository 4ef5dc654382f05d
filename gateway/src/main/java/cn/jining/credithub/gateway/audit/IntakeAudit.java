package cn.jining.credithub.gateway.audit;

import cn.jining.credithub.contracts.exchange.Echo;
import cn.jining.credithub.contracts.exchange.Receipt;
import cn.jining.credithub.contracts.exchange.RecordOutcome;
import cn.jining.credithub.contracts.exchange.Submission;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.validation.Violation;
import cn.jining.credithub.repository.audit.AuditEntry;
import cn.jining.credithub.repository.audit.AuditKind;
import cn.jining.credithub.repository.audit.AuditTrail;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Turns an answered submission into one SUBMISSION or REJECTION audit entry per record, in one append. */
public class IntakeAudit implements BiConsumer<Submission, Receipt> {

    private final AuditTrail trail;

    public IntakeAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void accept(Submission submission, Receipt receipt) {
        List<AuditEntry> entries = new ArrayList<>(receipt.records().size());
        for (RecordOutcome outcome : receipt.records()) {
            List<SubmittedRecord> records = submission.records();
            String category = outcome.index() < records.size() ? records.get(outcome.index()).category() : null;
            boolean accepted = outcome.status() == RecordOutcome.Status.ACCEPTED;
            entries.add(AuditEntry.of(accepted ? AuditKind.SUBMISSION : AuditKind.REJECTION, clip(Echo.of(category), 64),
                    clip(receipt.sourceId(), 128), clip(receipt.batchId(), 128), clip(outcome.recordId(), 256),
                    outcome.fingerprint(), null, detail(outcome)));
        }
        trail.append(entries);
    }

    /** The index and, for a rejection, each violation's field and rule; never the values (personal data). */
    private static String detail(RecordOutcome outcome) {
        ObjectNode detail = ContractsJson.mapper().createObjectNode();
        detail.put("index", outcome.index());
        for (Violation violation : outcome.violations()) {
            detail.withArray("violations").addObject().put("field", violation.field()).put("rule", violation.rule());
        }
        return Fingerprint.canonicalJson(detail);
    }

    /** Ids a source sent may be longer than any column; the rejection is recorded with the id cut to fit. */
    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
