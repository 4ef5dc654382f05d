package cn.jining.credithub.adapters.province;

import cn.jining.credithub.contracts.province.Acknowledgement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily reconciliation: compares the ledger's batches of the last {@code lookback} (and every older one still
 * unacknowledged) with the acknowledgements the province lists, adopts valid acknowledgements the hub never got,
 * and re-sends, under the same batch id, every batch the province does not hold.
 */
public class ProvinceReconciler {

    private static final Logger LOG = LoggerFactory.getLogger(ProvinceReconciler.class);
    /** How far before the window the province's list is read: its clock and the hub's may differ a little. */
    private static final Duration CLOCK_SLACK = Duration.ofHours(1);
    /** How long one re-send is tried in a run; what still fails waits for the next run. */
    private static final Duration RESEND_PATIENCE = Duration.ofSeconds(30);
    private final ProvinceLedger ledger;
    private final ProvinceLink link;
    private final ProvinceDelivery delivery;
    private final Duration lookback;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();

    public ProvinceReconciler(ProvinceLedger ledger, ProvinceLink link, ProvinceDelivery delivery, Duration lookback,
                              Clock clock) {
        this.ledger = ledger;
        this.link = link;
        this.delivery = delivery;
        this.lookback = lookback;
        this.clock = clock;
    }

    /**
     * What one run found: batches compared, acknowledgements adopted, batches re-sent (and acknowledged), batches
     * still missing at the province after this run, and listed acknowledgements whose signature did not verify.
     */
    public record Report(Instant since, int compared, int adopted, int resent, int stillMissing, int invalidAcks) {
    }

    /** Runs now; a run already under way (the schedule and an operator at once) makes this one wait for it. */
    public Report reconcile() throws ProvinceUnavailableException {
        running.lock();
        try {
            return run();
        } finally {
            running.unlock();
        }
    }

    private Report run() throws ProvinceUnavailableException {
        Instant since = clock.instant().minus(lookback);
        ProvinceAcknowledgements held = link.acknowledgementsSince(since.minus(CLOCK_SLACK));
        int compared = 0;
        int adopted = 0;
        int resent = 0;
        int missing = 0;
        boolean provinceGone = false;
        for (ProvinceLedger.Entry entry : ledger.toReconcile(since)) {
            compared++;
            Optional<Acknowledgement> ack = held.of(entry.batchId())
                    .filter(a -> a.merkleRoot().equals(entry.merkleRoot()) && a.sourceId().equals(entry.sourceId()));
            if (ack.isPresent()) {
                if (!entry.acknowledged()) {
                    ledger.acknowledged(ack.get(), clock.instant());
                    adopted++;
                }
                continue;
            }
            LOG.warn("reconciliation: the province does not hold batch {} ({} records of {} batch {}), re-sending it",
                    entry.batchId(), entry.recordCount(), entry.sourceId(), entry.originBatchId());
            ledger.unacknowledged(entry.batchId());
            if (provinceGone) {
                missing++;
                continue;
            }
            Instant giveUpAt = clock.instant().plus(RESEND_PATIENCE);
            try {
                delivery.send(entry.sourceId(), entry.batchId(), entry.originBatchId(), ledger.records(entry.batchId()),
                        null,
                        () -> clock.instant().isBefore(giveUpAt));
                resent++;
            } catch (ProvinceUnavailableException e) {
                // The province went away during the run: the other missing batches wait for the next run too.
                LOG.warn("reconciliation: batch {} is still not at the province: {}", entry.batchId(), e.getMessage());
                provinceGone = true;
                missing++;
            } catch (ProvinceRefusedException e) {
                LOG.warn("reconciliation: the province refuses batch {}: {}", entry.batchId(), e.getMessage());
                missing++;
            }
        }
        Report report = new Report(since, compared, adopted, resent, missing, held.invalid());
        LOG.info("province reconciliation: {}", report);
        return report;
    }
}
