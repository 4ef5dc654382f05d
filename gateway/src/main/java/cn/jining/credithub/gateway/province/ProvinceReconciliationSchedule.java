package cn.jining.credithub.gateway.province;

import cn.jining.credithub.adapters.province.ProvinceReconciler;
import cn.jining.credithub.adapters.province.ProvinceUnavailableException;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/** Runs the province reconciliation on {@code credithub.province.reconcile-cron}, in the hub's time zone. */
public class ProvinceReconciliationSchedule implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ProvinceReconciliationSchedule.class);
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    public ProvinceReconciliationSchedule(ProvinceReconciler reconciler, String cron, ZoneId zone) {
        scheduler.setThreadNamePrefix("province-reconcile-");
        scheduler.setPoolSize(1);
        scheduler.initialize();
        scheduler.schedule(() -> run(reconciler), new CronTrigger(cron, zone));
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

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
