package cn.jining.credithub.gateway.province;

import cn.jining.credithub.adapters.province.ProvinceSettings;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code credithub.province.*} (application.yml, docs/province.md): the upward link and the demo simulator. */
@ConfigurationProperties("credithub.province")
public record ProvinceProperties(boolean enabled, String url, String tlsTrust, boolean encrypt, String batchIdPrefix,
                                 int maxBatchRecords, int batchesPerSecond, Duration requestTimeout,
                                 Duration initialBackoff, double backoffMultiplier, Duration maxBackoff,
                                 int circuitWindow, Duration circuitOpenFor, Duration envelopeValidity,
                                 String reconcileCron, Duration reconcileLookback, Simulator simulator) {

    public ProvinceProperties {
        batchIdPrefix = blank(batchIdPrefix) ? "JNCH" : batchIdPrefix;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        initialBackoff = initialBackoff == null ? Duration.ofSeconds(1) : initialBackoff;
        backoffMultiplier = backoffMultiplier < 1.0 ? 2.0 : backoffMultiplier;
        maxBackoff = maxBackoff == null ? Duration.ofMinutes(5) : maxBackoff;
        circuitOpenFor = circuitOpenFor == null ? Duration.ofSeconds(30) : circuitOpenFor;
        envelopeValidity = envelopeValidity == null ? Duration.ofHours(1) : envelopeValidity;
        reconcileLookback = reconcileLookback == null ? Duration.ofDays(2) : reconcileLookback;
        simulator = simulator == null ? new Simulator(false, 8091, 8092) : simulator;
    }

    /** The demo's in-process province simulator. */
    public record Simulator(boolean enabled, int port, int controlPort) {
    }

    /** The link's settings, sending to {@code target}. */
    ProvinceSettings settings(URI target) {
        return new ProvinceSettings(target, batchIdPrefix, encrypt, maxBatchRecords, batchesPerSecond, requestTimeout,
                initialBackoff, backoffMultiplier, maxBackoff, circuitWindow, circuitOpenFor, envelopeValidity);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
