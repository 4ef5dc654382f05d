package cn.jining.credithub.gateway.province;

import cn.jining.credithub.adapters.province.ProvinceReconciler;
import cn.jining.credithub.adapters.province.ProvinceUnavailableException;
import cn.jining.credithub.gateway.cluster.ClusterSchedule;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the province reconciliation on {@code credithub.province.reconcile-cron}, in the hub's time zone, once per
 * schedule across all hub nodes (the {@link ClusterSchedule}'s database lock).
 */
public class ProvinceReconciliationSchedule {

    /** The job's lock name in {@code scheduler_lock}. */
    static final String JOB = "province-reconciliation";
    private static final Logger LOG = LoggerFactory.getLogger(ProvinceReconciliationSchedule.class);

    public ProvinceReconciliationSchedule(ProvinceReconciler reconciler, String cron, ZoneId zone,
                                          ClusterSchedule schedule) {
        schedule.schedule(JOB, cron, zone, () -> run(reconciler));
    }

    private static void run(ProvinceReconciler reconciler) {
        try {
            reconciler.reconcile();
        } catch (ProvinceUnavailableException e) {
            // The next run tries again; nothing is lost meanwhile, the ledger keeps every batch.
            LOG.warn("province reconciliation could not read the province's acknowledgements: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("province reconciliation failed", e);
        }
    }
}
