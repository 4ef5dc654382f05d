package cn.jining.credithub.gateway.cluster;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The hub's scheduled jobs, each run once per schedule however many nodes fire it: every node's trigger fires, and
 * only the node that takes the job's lock in the shared database (ShedLock, table {@code scheduler_lock}) runs it.
 * The others skip that round; a node that dies holding a lock frees it after {@code lockAtMostFor}.
 */
public class ClusterSchedule implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterSchedule.class);
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final LockingTaskExecutor executor;
    private final Duration lockAtMostFor;
    private final Duration lockAtLeastFor;

    /**
     * @param lockAtMostFor  how long a lock outlives a node that died running the job; longer than any run
     * @param lockAtLeastFor how long a lock is kept after a quick run, so a node whose trigger fires a little later
     *                       (clock skew, a busy machine) finds it still taken and skips that round
     */
    public ClusterSchedule(LockProvider locks, Duration lockAtMostFor, Duration lockAtLeastFor) {
        if (lockAtLeastFor.compareTo(lockAtMostFor) > 0) {
            throw new IllegalArgumentException("credithub.scheduling: lock-at-least-for (" + lockAtLeastFor
                    + ") must not be longer than lock-at-most-for (" + lockAtMostFor + ")");
        }
        this.executor = new DefaultLockingTaskExecutor(locks);
        this.lockAtMostFor = lockAtMostFor;
        this.lockAtLeastFor = lockAtLeastFor;
        scheduler.setThreadNamePrefix("cluster-job-");
        scheduler.setPoolSize(2);
        scheduler.initialize();
    }

    /** Runs {@code job} on {@code cron} (in {@code zone}) on whichever node takes the lock {@code name} first. */
    public void schedule(String name, String cron, ZoneId zone, Runnable job) {
        scheduler.schedule(() -> runOnce(name, job), new CronTrigger(cron, zone));
    }

    /** Runs {@code job} now unless another node holds its lock; true when it ran here. */
    public boolean runOnce(String name, Runnable job) {
        LockingTaskExecutor.TaskResult<Void> result;
        try {
            result = executor.executeWithLock(() -> {
                job.run();
                return null;
            }, new LockConfiguration(Instant.now(), name, lockAtMostFor, lockAtLeastFor));
        } catch (Throwable e) {
            LOG.error("scheduled job {} failed", name, e);
            return true;
        }
        if (!result.wasExecuted()) {
            LOG.debug("scheduled job {} skipped: another node holds its lock", name);
        }
        return result.wasExecuted();
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
