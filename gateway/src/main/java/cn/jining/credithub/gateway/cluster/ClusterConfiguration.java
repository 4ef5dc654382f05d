package cn.jining.credithub.gateway.cluster;

import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What lets several identical hub nodes share one broker pair and one database without a leader of their own
 * (docs/deployment.md): this node's id and the database lock its scheduled jobs run under.
 */
@Configuration(proxyBeanMethods = false)
public class ClusterConfiguration {

    /** Migration V13_1. */
    static final String LOCK_TABLE = "scheduler_lock";

    @Bean
    NodeId nodeId(@Value("${credithub.node-id:}") String configured) {
        return NodeId.of(configured);
    }

    @Bean
    LockProvider schedulerLockProvider(DataSource dataSource, NodeId node) {
        return lockProvider(dataSource, node.value());
    }

    /** The locks of scheduled jobs in {@code dataSource}, taken in the name of {@code node}. */
    static LockProvider lockProvider(DataSource dataSource, String node) {
        // The database's clock, not the nodes': a node whose clock is off can neither steal nor overstay a lock.
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName(LOCK_TABLE).usingDbTime()
                .withLockedByValue(node).build());
    }

    @Bean(destroyMethod = "destroy")
    ClusterSchedule clusterSchedule(LockProvider locks,
                                    @Value("${credithub.scheduling.lock-at-most-for:1h}") Duration atMost,
                                    @Value("${credithub.scheduling.lock-at-least-for:1m}") Duration atLeast) {
        return new ClusterSchedule(locks, atMost, atLeast);
    }
}
