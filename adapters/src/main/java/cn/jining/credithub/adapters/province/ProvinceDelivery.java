package cn.jining.credithub.adapters.province;

import cn.jining.credithub.adapters.repository.DeliveryMetrics;
import cn.jining.credithub.contracts.exchange.AcceptanceStamp;
import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.province.AckStatus;
import cn.jining.credithub.contracts.province.Acknowledgement;
import cn.jining.credithub.contracts.seal.SealedBatch;
import cn.jining.credithub.repository.WriteResult;
import cn.jining.credithub.repository.audit.AuditEntry;
import cn.jining.credithub.repository.audit.AuditKind;
import cn.jining.credithub.repository.audit.AuditTrail;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers accepted batches to the province: per upward batch, note it in the ledger, send it through the link
 * until a verified acknowledgement comes, then record the acknowledgement and the records' DELIVERY audit entries
 * in one database transaction. Shared by the destination route and the reconciliation.
 */
public class ProvinceDelivery {

    public static final String DESTINATION = "province";
    private final ProvinceSealing sealing;
    private final ProvinceLink link;
    private final ProvinceLedger ledger;
    private final ProvinceRecordOrder order;
    private final DeliveryMetrics metrics;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    /** {@code transaction} must manage the DataSource of both {@code ledger} and {@code audit}. */
    public ProvinceDelivery(ProvinceSealing sealing, ProvinceLink link, ProvinceLedger ledger, ProvinceRecordOrder order,
                            DeliveryMetrics metrics, AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.sealing = sealing;
        this.link = link;
        this.ledger = ledger;
        this.order = order;
        this.metrics = metrics;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Delivers every upward batch of {@code batch}; returns once the province acknowledged them all. Records whose
     * newer version the province already acknowledged are not sent (never older after newer): they are audited as
     * SUPERSEDED and counted as late.
     */
    public WriteResult deliver(AcceptedBatch batch, BooleanSupplier keepTrying)
            throws ProvinceUnavailableException, ProvinceRefusedException {
        List<AcceptedRecord> superseded = order.superseded(batch);
        AcceptedBatch current = batch;
        if (!superseded.isEmpty()) {
            // By identity: the superseded records are elements of this batch, and equals would compare whole records.
            Set<AcceptedRecord> skip = Collections.newSetFromMap(new IdentityHashMap<>());
            skip.addAll(superseded);
            current = batch.withRecords(batch.records().stream().filter(r -> !skip.contains(r)).toList());
            audit.append(superseded.stream().map(r -> AuditEntry.of(AuditKind.SUPERSEDED, r.category(),
                    batch.sourceId(), batch.batchId(), r.recordId(), r.fingerprint(), DESTINATION,
                    "{\"reason\":\"the province holds a newer version\"}")).toList());
        }
        int received = 0;
        int duplicate = 0;
        List<ProvinceSealing.Chunk> chunks = sealing.chunks(current);
        for (int part = 0; part < chunks.size(); part++) {
            ProvinceSealing.Chunk chunk = chunks.get(part);
            if (part > 0 && !keepTrying.getAsBoolean()) {
                // A stopping hub ends between parts, each sent one acknowledged (ledger and audit committed); the
                // message rolls back and its next delivery re-sends the parts, which the province answers DUPLICATE.
                throw new ProvinceUnavailableException("the hub is stopping: " + part + " of " + chunks.size()
                        + " upward batches of batch " + batch.batchId() + " acknowledged, the rest follow after the restart");
            }
            Acknowledgement ack = send(chunk.sourceId(), chunk.batchId(), chunk.originBatchId(), chunk.records(),
                    batch.stamp(), keepTrying);
            if (ack.status() == AckStatus.DUPLICATE) {
                duplicate += ack.recordCount();
            } else {
                received += ack.recordCount();
            }
        }
        WriteResult result = new WriteResult(received, duplicate, superseded.size());
        metrics.delivered(batch, result);
        return result;
    }

    /**
     * Sends one upward batch under its id until acknowledged (or refused, or {@code keepTrying} turns false).
     * {@code accepted} is when the hub accepted the records, noted with the acknowledgement so that no older version
     * follows them; null for a re-send of a batch the ledger holds (the reconciliation).
     */
    public Acknowledgement send(String sourceId, String batchId, String originBatchId, List<AcceptedRecord> records,
                                AcceptanceStamp accepted, BooleanSupplier keepTrying) throws ProvinceUnavailableException, ProvinceRefusedException {
        Acknowledgement ack;
        try {
            ack = link.deliver(batchId,
                    () -> link.attempt(() -> sealAndNote(sourceId, batchId, originBatchId, records)), keepTrying);
        } catch (ProvinceUnavailableException | ProvinceRefusedException e) {
            // Not on an interrupted thread: H2's file store closes the whole database when a write is interrupted.
            if (!Thread.currentThread().isInterrupted()) {
                ledger.failed(batchId, e.getMessage());
            }
            throw e;
        }
        transaction.executeWithoutResult(status -> {
            ledger.acknowledged(ack, clock.instant());
            if (accepted != null) {
                order.acknowledged(sourceId, accepted, records);
            }
            // Traced under the source's own batch id, like the repository's entries; the detail names the upward batch.
            String detail = "{\"ackStatus\":\"" + ack.status() + "\",\"provinceBatchId\":\"" + batchId + "\"}";
            audit.append(records.stream().map(r -> AuditEntry.of(AuditKind.DELIVERY, r.category(), sourceId,
                    originBatchId, r.recordId(), r.fingerprint(), DESTINATION, detail)).toList());
        });
        return ack;
    }

    private SealedBatch sealAndNote(String sourceId, String batchId, String originBatchId, List<AcceptedRecord> records) {
        SealedBatch sealed;
        try {
            sealed = sealing.seal(sourceId, batchId, records);
        } catch (GeneralSecurityException e) {
            // The hub's own key failed: not the province's doing, and retrying will not fix it.
            throw new IllegalStateException("the hub cannot seal batch " + batchId + ": " + e.getMessage(), e);
        }
        ledger.sending(sealed.header(), originBatchId, records, clock.instant());
        return sealed;
    }
}
