package cn.jining.credithub.adapters.province;

import cn.jining.credithub.adapters.repository.DeliveryMetrics;
import cn.jining.credithub.contracts.province.Acknowledgement;
import cn.jining.credithub.contracts.province.AcknowledgementException;
import cn.jining.credithub.contracts.province.AcknowledgementVerifier;
import cn.jining.credithub.contracts.seal.SealedBatch;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's one link to the province: every send goes through a circuit breaker and a rate limit, and counts only
 * with an acknowledgement signed by the province certificate for exactly that batch. {@link #deliver} keeps trying
 * with exponential back-off while the province is unavailable (the caller's records stay in its queue meanwhile);
 * a refusal ends it at once.
 */
public class ProvinceLink {

    private static final Logger LOG = LoggerFactory.getLogger(ProvinceLink.class);
    private final ProvinceClient client;
    private final AcknowledgementVerifier acknowledgements;
    private final CircuitBreaker breaker;
    private final RateLimiter rate;
    private final LinkPacing pacing;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private volatile Instant lastSuccessAt;
    private volatile Instant lastFailureAt;
    private volatile String lastFailure;

    public ProvinceLink(ProvinceSettings settings, ProvinceClient client, X509Certificate province,
                        DeliveryMetrics metrics, Clock clock) {
        this.client = client;
        this.acknowledgements = new AcknowledgementVerifier(province);
        this.metrics = metrics;
        this.clock = clock;
        this.breaker = CircuitBreaker.of("province", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.circuitWindow())
                .minimumNumberOfCalls(settings.circuitWindow())
                .failureRateThreshold(50)
                .waitDurationInOpenState(settings.circuitOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
        this.rate = RateLimiter.of("province", RateLimiterConfig.custom()
                .limitForPeriod(settings.batchesPerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ofMinutes(1))
                .build());
        this.pacing = new LinkPacing(breaker, settings);
    }

    /** One try at a batch: seal it (afresh, so a long outage never lets it expire) and {@link #attempt} it. */
    @FunctionalInterface
    public interface Attempt {
        Acknowledgement run() throws ProvinceUnavailableException, ProvinceRefusedException;
    }

    /**
     * Runs {@code attempt} until the province acknowledges or refuses the batch, pausing between tries as
     * {@link LinkPacing} says (back-off grows with failed calls only, never while the circuit refuses); gives up with
     * the last {@link ProvinceUnavailableException} only once {@code keepTrying} says so.
     */
    public Acknowledgement deliver(String batchId, Attempt attempt, BooleanSupplier keepTrying)
            throws ProvinceUnavailableException, ProvinceRefusedException {
        int failures = 0;
        for (int n = 1; ; n++) {
            try {
                return attempt.run();
            } catch (ProvinceUnavailableException e) {
                boolean refused = e instanceof CircuitOpenException;
                failures += refused ? 0 : 1;
                if (n == 1 || (!refused && failures % 10 == 0)) {
                    LOG.warn("batch {} not delivered to the province (attempt {}): {}", batchId, n, e.getMessage());
                }
                if (!keepTrying.getAsBoolean() || !LinkPacing.pause(pacing.next(failures, refused), keepTrying)) {
                    throw e;
                }
            }
        }
    }

    /**
     * One attempt through the circuit breaker and the rate limit; {@code seal} makes the envelope only once the
     * attempt is allowed, so an open circuit costs neither a signature nor a ledger write.
     */
    public Acknowledgement attempt(Supplier<SealedBatch> seal) throws ProvinceUnavailableException, ProvinceRefusedException {
        if (!breaker.tryAcquirePermission()) {
            failed("the circuit to the province is open after repeated failures");
            throw new CircuitOpenException("the circuit to the province is open; the next trial call is due within "
                    + pacing.untilTrial().toMillis() + " ms");
        }
        if (!rate.acquirePermission()) {
            breaker.releasePermission();
            throw new ProvinceUnavailableException("the province rate limit gave no permit in time");
        }
        SealedBatch sealed;
        try {
            sealed = seal.get();
        } catch (RuntimeException e) {
            breaker.releasePermission();
            throw e;
        }
        long start = System.nanoTime();
        try {
            Acknowledgement ack = acknowledgements.verify(client.send(sealed), sealed.header());
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            lastSuccessAt = clock.instant();
            return ack;
        } catch (ProvinceUnavailableException e) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            failed(e.getMessage());
            throw e;
        } catch (AcknowledgementException e) {
            // SECURITY: an answer not signed by the province for this batch proves nothing; the batch is not delivered.
            ProvinceUnavailableException unverified = new ProvinceUnavailableException(
                    "the province's answer to batch " + sealed.header().batchId() + " is not a valid acknowledgement: "
                            + e.getMessage(), e);
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, unverified);
            failed(unverified.getMessage());
            throw unverified;
        } catch (ProvinceRefusedException e) {
            // The province is up and answering: a refusal is about this batch, not about the link.
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            failed(e.getMessage());
            throw e;
        }
    }

    /** The acknowledgements the province lists since {@code since}, each checked against the province certificate. */
    public ProvinceAcknowledgements acknowledgementsSince(Instant since) throws ProvinceUnavailableException {
        return ProvinceAcknowledgements.verified(client.acknowledgements(since), acknowledgements);
    }

    /**
     * Asks the province for its (empty) list of acknowledgements since now, outside the circuit and the metrics:
     * whether it answers is the link's health when no batch has gone out for a while.
     */
    public void probe() {
        try {
            client.acknowledgements(clock.instant());
            lastSuccessAt = clock.instant();
        } catch (ProvinceUnavailableException e) {
            lastFailureAt = clock.instant();
            lastFailure = e.getMessage();
        }
    }

    /** The link as health and operators see it. */
    public LinkState state() {
        return new LinkState(breaker.getState().name(), lastSuccessAt, lastFailureAt, lastFailure);
    }

    private void failed(String reason) {
        metrics.failed();
        lastFailureAt = clock.instant();
        lastFailure = reason;
    }

    /** A call the circuit refused without trying the province: not a failure, so it does not lengthen the back-off. */
    static final class CircuitOpenException extends ProvinceUnavailableException {

        private static final long serialVersionUID = 1L;

        CircuitOpenException(String message) {
            super(message);
        }
    }

    /** The circuit state (CLOSED, OPEN, HALF_OPEN), the last acknowledged send, the last failure and its reason. */
    public record LinkState(String circuit, Instant lastSuccessAt, Instant lastFailureAt, String lastFailure) {

        public boolean open() {
            return "OPEN".equals(circuit) || "FORCED_OPEN".equals(circuit);
        }

        /** True when the last contact with the province failed. */
        public boolean failing() {
            return lastFailureAt != null && (lastSuccessAt == null || lastFailureAt.isAfter(lastSuccessAt));
        }

        /** The last contact, good or bad; null before any. */
        public Instant lastContactAt() {
            if (lastSuccessAt == null) {
                return lastFailureAt;
            }
            return lastFailureAt == null || lastSuccessAt.isAfter(lastFailureAt) ? lastSuccessAt : lastFailureAt;
        }
    }
}
