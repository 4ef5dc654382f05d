package cn.jining.credithub.gateway.database;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.jdbc.DataSourceHealthIndicator;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The intake's own pool to the repository database ({@link IntakeDatabase}), and the {@code db} health component on
 * it, so readiness answers within its bound while the database is down (docs/operations.md "Health").
 */
@Configuration(proxyBeanMethods = false)
public class IntakeDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    IntakeDatabase intakeDatabase(DataSourceProperties properties, DataSource main,
                                  @Value("${credithub.intake.database.pool-size:4}") int poolSize,
                                  @Value("${credithub.intake.database.wait:500ms}") Duration wait,
                                  @Value("${credithub.intake.database.open-for:1s}") Duration openFor) {
        String url = properties.determineUrl();
        if (url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")) {
            // Embedded H2: nothing to wait for on a network, and a second pool would open the file a second time
            // when H2 reopens it after a failed write (OverlappingFileLockException until a restart).
            return new IntakeDatabase(main, openFor);
        }
        HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("intake");
        pool.setMaximumPoolSize(poolSize);
        pool.setMinimumIdle(0);
        pool.setConnectionTimeout(wait.toMillis());
        pool.setValidationTimeout(Math.max(250, wait.toMillis() / 2));
        // Created whether or not the database is up: the hub starts (and answers 503) either way.
        pool.setInitializationFailTimeout(-1);
        pool.setExceptionOverrideClassName(EvictClosedH2Connections.class.getName());
        return new IntakeDatabase(pool, openFor);
    }

    /** Replaces Spring Boot's {@code db} component (same bean name), which would wait on the main pool. */
    @Bean
    DataSourceHealthIndicator dbHealthIndicator(IntakeDatabase database) {
        return new DataSourceHealthIndicator(database.dataSource());
    }
}
