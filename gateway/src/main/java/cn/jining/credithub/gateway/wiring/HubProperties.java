package cn.jining.credithub.gateway.wiring;

import cn.jining.credithub.routes.source.SourceDefinition;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The hub's own settings: time zone of the standard's dates, intake limits, and the source registry (each
 * entry with its field mapping, bound through {@link SourceDefinition}'s nested records, see docs/sources.md).
 */
@ConfigurationProperties("credithub")
public record HubProperties(String timeZone, Intake intake, List<SourceDefinition> sources) {

    public HubProperties {
        sources = sources == null ? List.of() : List.copyOf(sources);
        timeZone = timeZone == null ? "Asia/Shanghai" : timeZone;
        intake = intake == null ? new Intake(32 * 1024 * 1024, 10_000, 500) : intake;
    }

    /** Limits of one submission. */
    public record Intake(long maxBodyBytes, int maxRecordsPerBatch, int recordsPerMessage) {
    }
}
