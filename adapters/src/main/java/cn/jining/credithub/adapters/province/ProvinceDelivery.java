package cn.jining.credithub.adapters.province;

import cn.jining.credithub.adapters.repository.DeliveryMetrics;
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
import java.util.List;
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
    private final DeliveryMetrics metrics;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    /** {@code transaction} must manage the DataSource of both {@code ledger} and {@code audit}. */
    public ProvinceDelivery(ProvinceSealing sealing, ProvinceLink link, ProvinceLedger ledger, DeliveryMetrics metrics,
                            AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.sealing = sealing;
        this.link = link;
        this.ledger = ledger;
        this.metrics = metrics;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Delivers every upward batch of {@code batch}; returns once the province acknowledged them all. */
    public WriteResult deliver(AcceptedBatch batch, BooleanSupplier keepTrying)
            throws ProvinceUnavailableException, ProvinceRefusedException {
        int received = 0;
        int duplicate = 0;
        List<ProvinceSealing.Chunk> chunks = sealing.chunks(batch);
        for (int part = 0; part < chunks.size(); part++) {
            ProvinceSealing.Chunk chunk = chunks.get(part);
            if (part > 0 && !keepTrying.getAsBoolean()) {
                // A stopping hub ends between parts, each sent one acknowledged (ledger and audit committed); the
                // message rolls back and its next delivery re-sends the parts, which the province answers DUPLICATE.
                throw new ProvinceUnavailableException("the hub is stopping: " + part + " of " + chunks.size()
                        + " upward batches of batch " + batch.batchId() + " acknowledged, the rest follow after the restart");
            }
            Acknowledgement ack = send(chunk.sourceId(), chunk.batchId(), chunk.originBatchId(), chunk.records(),
                    keepTrying);
            if (ack.status() == AckStatus.DUPLICATE) {
                duplicate += ack.recordCount();
            } else {
                received += ack.recordCount();
            }
        }
        WriteResult result = new WriteResult(received, duplicate);
        metrics.delivered(batch, result);
        return result;
    }

    /** Sends one upward batch under its id until acknowledged (or refused, or {@code keepTrying} turns false). */
    public Acknowledgement send(String sourceId, String batchId, String originBatchId, List<AcceptedRecord> records,
                                BooleanSupplier keepTrying) throws ProvinceUnavailableException, ProvinceRefusedException {
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
