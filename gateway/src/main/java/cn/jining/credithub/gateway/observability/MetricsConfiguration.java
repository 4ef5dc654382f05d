package cn.jining.credithub.gateway.observability;

import cn.jining.credithub.adapters.repository.DeliveryMetrics;
import cn.jining.credithub.gateway.broker.EmbeddedBroker;
import cn.jining.credithub.routes.error.DeadLetters;
import cn.jining.credithub.routes.source.SourceRegistry;
import cn.jining.credithub.routes.metrics.IntakeMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The hub's own meters (docs/operations.md): intake counts, delivery counts and latency, queue gauges. */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean
    IntakeMetrics intakeMetrics(MeterRegistry registry) {
        return new IntakeMetrics(registry);
    }

    @Bean
    DeliveryMetrics repositoryDeliveryMetrics(MeterRegistry registry) {
        // UTC system clock: latency is a difference of instants, so the hub's time zone plays no part.
        return new DeliveryMetrics(registry, "repository", Clock.systemUTC());
    }

    /**
     * Read from the embedded broker only: an external cluster is watched with its own tools (its Prometheus
     * plugin or console), and polling its management address from every hub node would add load for no gain.
     */
    @Bean
    @ConditionalOnProperty(name = "credithub.broker.embedded", havingValue = "true", matchIfMissing = true)
    BrokerQueueGauges brokerQueueGauges(MeterRegistry registry, EmbeddedBroker broker,
                                        @Value("${credithub.queues.intake}") String intake,
                                        @Value("${credithub.queues.repository}") String repository,
                                        @Value("${credithub.queues.province}") String province,
                                        @Value("${credithub.queues.publication}") String publication,
                                        @Value("${credithub.queues.publication-feed}") String feed) {
        List<String> queues = List.of(intake, repository, province, publication, feed,
                DeadLetters.QUEUE_PREFIX + intake, DeadLetters.QUEUE_PREFIX + repository,
                DeadLetters.QUEUE_PREFIX + province, DeadLetters.QUEUE_PREFIX + publication);
        return new BrokerQueueGauges(broker, queues).bindTo(registry);
    }

    /** The same gauges for each downward subscriber's queue and its dead letters: what waits for which bureau. */
    @Bean
    @ConditionalOnProperty(name = "credithub.broker.embedded", havingValue = "true", matchIfMissing = true)
    BrokerQueueGauges downwardQueueGauges(MeterRegistry registry, EmbeddedBroker broker, SourceRegistry sources,
                                          @Value("${credithub.queues.downward}") String downward) {
        List<String> queues = sources.all().stream().filter(s -> s.downward() != null)
                .flatMap(s -> java.util.stream.Stream.of(downward + "." + s.id(),
                        DeadLetters.QUEUE_PREFIX + downward + "." + s.id()))
                .toList();
        return new BrokerQueueGauges(broker, queues).bindTo(registry);
    }
}
