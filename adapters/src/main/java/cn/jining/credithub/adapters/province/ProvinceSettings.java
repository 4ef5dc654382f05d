package cn.jining.credithub.adapters.province;

import java.net.URI;
import java.time.Duration;

/**
 * The province link's settings ({@code credithub.province.*}, docs/province.md).
 *
 * @param url              the province API's base URL (batches go to {@code /province/v1/batches})
 * @param hubSourceTag     prefix of the hub's batch ids, naming the sending hub (e.g. {@code JNCH})
 * @param encrypt          seal with SM4-GCM for the province certificate, not only sign
 * @param maxBatchRecords  the most records in one upward batch (a larger accepted batch is split)
 * @param batchesPerSecond the most batches sent per second
 * @param requestTimeout   how long one POST may take before it counts as failed
 * @param initialBackoff   the first pause after a failed attempt; doubled ({@code backoffMultiplier}) up to {@code maxBackoff}
 * @param circuitWindow    the attempts the circuit breaker judges (count-based window); half of them failed opens it
 * @param circuitOpenFor   how long an open circuit refuses calls before one trial call
 * @param envelopeValidity how long a sealed batch stays valid (re-sends are sealed afresh)
 */
public record ProvinceSettings(URI url, String hubSourceTag, boolean encrypt, int maxBatchRecords,
                               int batchesPerSecond, Duration requestTimeout, Duration initialBackoff,
                               double backoffMultiplier, Duration maxBackoff, int circuitWindow,
                               Duration circuitOpenFor, Duration envelopeValidity) {

    public ProvinceSettings {
        if (maxBatchRecords < 1 || batchesPerSecond < 1 || circuitWindow < 1 || backoffMultiplier < 1.0) {
            throw new IllegalArgumentException("credithub.province: max-batch-records, batches-per-second and "
                    + "circuit-window must be positive, backoff-multiplier at least 1");
        }
    }

    public URI batchesUrl() {
        return under("/province/v1/batches");
    }

    public URI acknowledgementsUrl() {
        return under("/province/v1/acknowledgements");
    }

    /** {@code path} below the base URL, keeping any path the base has (a gateway prefix). */
    private URI under(String path) {
        String base = url.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }
}
