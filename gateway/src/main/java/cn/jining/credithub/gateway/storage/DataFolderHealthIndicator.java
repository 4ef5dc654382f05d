package cn.jining.credithub.gateway.storage;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Health component {@code dataFolder}, part of readiness: DOWN while a file system the hub writes to is short of
 * space ({@link DataFolders}), before the broker blocks.
 */
public class DataFolderHealthIndicator extends AbstractHealthIndicator {

    private final DataFolders folders;

    public DataFolderHealthIndicator(DataFolders folders) {
        super("data folder health check failed");
        this.folders = folders;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.status(folders.shortage().isPresent() ? "DOWN" : "UP")
                .withDetail("minFreeBytes", folders.minFreeBytes())
                .withDetail("maxUsagePercent", folders.maxUsagePercent());
        folders.spaces().forEach(space -> builder.withDetail(space.folder().toString(),
                space.usable() + " bytes free of " + space.total()));
    }
}
