package cn.jining.credithub.adapters.repository;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.repository.WriteResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;

/** A destination's delivery meters: records delivered (written or unchanged), failed attempts, end-to-end latency. */
public class DeliveryMetrics {

    public static final String DELIVERED = "credithub.records.delivered";
    public static final String FAILURES = "credithub.delivery.failures";
    public static final String LATENCY = "credithub.delivery.latency";

    // One metric name has one HELP text in Prometheus; the outcome tag says written (new or changed) or
    // unchanged (already held with the same fingerprint) or late (a newer version was there first: history only, or
    // not sent again).
    private static final String DELIVERED_HELP =
            "records delivered to the destination, by outcome (written, unchanged, late)";
    private final Counter written;
    private final Counter unchanged;
    private final Counter late;
    private final Counter failures;
    private final Timer latency;
    private final Clock clock;

    public DeliveryMetrics(MeterRegistry registry, String destination, Clock clock) {
        this.clock = clock;
        this.written = Counter.builder(DELIVERED).tag("destination", destination).tag("outcome", "written")
                .description(DELIVERED_HELP).register(registry);
        this.unchanged = Counter.builder(DELIVERED).tag("destination", destination).tag("outcome", "unchanged")
                .description(DELIVERED_HELP).register(registry);
        this.late = Counter.builder(DELIVERED).tag("destination", destination).tag("outcome", "late")
                .description(DELIVERED_HELP).register(registry);
        this.failures = Counter.builder(FAILURES).tag("destination", destination)
                .description("failed delivery attempts of a batch (each is rolled back and redelivered)")
                .register(registry);
        this.latency = Timer.builder(LATENCY).tag("destination", destination)
                .description("from the batch's receipt at the intake to its commit at the destination")
                .register(registry);
    }

    /** Call after the destination committed the batch. */
    public void delivered(AcceptedBatch batch, WriteResult result) {
        written.increment(result.written());
        unchanged.increment(result.unchanged());
        late.increment(result.late());
        if (batch.receivedAt() != null) {
            latency.record(Duration.between(batch.receivedAt(), clock.instant()));
        }
    }

    public void failed() {
        failures.increment();
    }
}
