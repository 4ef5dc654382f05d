package cn.jining.credithub.gateway.province;

import cn.jining.credithub.adapters.province.ProvinceLedger;
import cn.jining.credithub.adapters.province.ProvinceLink;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.dao.DataAccessException;

/**
 * Health of the province link ({@code /actuator/health}, component {@code province}): DOWN while the circuit is open
 * or the last contact failed; without recent traffic it asks the province once. The database being down does not
 * make it DOWN: its ledger count is read through the intake's bounded pool and left out when it cannot be had. Not part of readiness on purpose:
 * the hub keeps accepting while the province is down, and its records wait in their queue.
 */
public class ProvinceLinkHealthIndicator extends AbstractHealthIndicator {

    /** Traffic younger than this tells the state; older, the indicator probes. */
    private static final Duration FRESH = Duration.ofSeconds(30);
    private final ProvinceLink link;
    private final ProvinceLedger ledger;
    private final URI url;
    private final Clock clock;

    public ProvinceLinkHealthIndicator(ProvinceLink link, ProvinceLedger ledger, URI url, Clock clock) {
        super("province link health check failed");
        this.link = link;
        this.ledger = ledger;
        this.url = url;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        ProvinceLink.LinkState state = link.state();
        Instant lastContact = state.lastContactAt();
        if (!state.open() && (lastContact == null || lastContact.isBefore(clock.instant().minus(FRESH)))) {
            link.probe();
            state = link.state();
        }
        builder.status(state.open() || state.failing() ? "DOWN" : "UP")
                .withDetail("url", url.toString())
                .withDetail("circuit", state.circuit());
        try {
            builder.withDetail("unacknowledgedBatches", ledger.unacknowledgedCount());
        } catch (DataAccessException e) {
            // The component reports the province; the database has its own component (db).
            builder.withDetail("unacknowledgedBatches", "unknown: the repository database is unavailable");
        }
        if (state.lastSuccessAt() != null) {
            builder.withDetail("lastSuccessAt", state.lastSuccessAt().toString());
        }
        if (state.failing()) {
            builder.withDetail("lastFailureAt", state.lastFailureAt().toString())
                    .withDetail("lastFailure", state.lastFailure());
        }
    }
}
