package cn.jining.credithub.gateway.database;

import com.zaxxer.hikari.HikariDataSource;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The repository database as the request-answering side of the hub uses it (the intake's replay guard and audit
 * entries, refusal audits, health checks): its own small pool that waits at most {@code wait} for a connection (a
 * database server; an embedded H2 file shares the main pool, see IntakeDatabaseConfiguration), behind a circuit breaker that, once a connection could not be had, refuses at once for {@code openFor} and then lets one
 * trial through. A source is thus answered 503 within a bound while the database is down, instead of after the
 * main pool's 30 s wait; the destination writers keep the main pool and its patience.
 */
public final class IntakeDatabase implements AutoCloseable {

    private final DataSource pool;
    private final CircuitBreaker breaker;
    private final DataSource guarded;

    /** {@code pool} is closed with this when it is a pool of its own (a {@link HikariDataSource}). */
    public IntakeDatabase(DataSource pool, Duration openFor) {
        this.pool = pool;
        this.breaker = CircuitBreaker.of("repository-database", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(1).minimumNumberOfCalls(1).failureRateThreshold(100)
                .waitDurationInOpenState(openFor).permittedNumberOfCallsInHalfOpenState(1)
                .build());
        this.guarded = new DelegatingDataSource(pool) {
            @Override
            public Connection getConnection() throws SQLException {
                return connection();
            }
        };
    }

    /** The guarded pool: a connection within the wait, or at once an {@link SQLTransientConnectionException}. */
    public DataSource dataSource() {
        return guarded;
    }

    /** CLOSED, OPEN or HALF_OPEN. */
    public String circuit() {
        return breaker.getState().name();
    }

    private Connection connection() throws SQLException {
        try {
            breaker.acquirePermission();
        } catch (CallNotPermittedException e) {
            throw new SQLTransientConnectionException("the repository database is unavailable: the last attempt to "
                    + "connect failed, the next is allowed within " + breaker.getCircuitBreakerConfig()
                    .getWaitIntervalFunctionInOpenState().apply(1) + " ms", "08001", e);
        }
        long start = System.nanoTime();
        try {
            Connection connection = pool.getConnection();
            breaker.onSuccess(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            return connection;
        } catch (SQLException | RuntimeException e) {
            breaker.onError(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS, e);
            throw e;
        }
    }

    @Override
    public void close() {
        if (pool instanceof HikariDataSource own) {
            own.close();
        }
    }
}
