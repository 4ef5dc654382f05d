package cn.jining.credithub.gateway.storage;

import cn.jining.credithub.gateway.broker.EmbeddedBroker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The folders the hub writes to and their free space ({@code credithub.disk.*}): the {@code dataFolder} health
 * component and the refusal of new submissions while space is short (gateway/http ReadinessGate).
 */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

    private static final String H2_FILE = "jdbc:h2:file:";
    private static final int DEFAULT_MAX_USAGE = 90;

    @Bean
    DataFolders dataFolders(@Value("${credithub.data-dir}") String dataDir,
                            @Value("${credithub.broker.data-dir:}") String brokerDir,
                            @Value("${spring.datasource.url:}") String databaseUrl,
                            @Value("${credithub.disk.min-free:100MB}") DataSize minFree,
                            @Value("${credithub.disk.max-usage-percent:}") String maxUsage,
                            ObjectProvider<EmbeddedBroker> broker) {
        EmbeddedBroker embedded = broker.getIfAvailable();
        int brokerLimit = embedded == null ? -1 : embedded.server().getActiveMQServer().getConfiguration().getMaxDiskUsage();
        // Unset: five points below the broker's limit (broker.xml's max-disk-usage, Artemis' default 90).
        int maxUsagePercent = maxUsage.isBlank() ? (brokerLimit > 0 ? brokerLimit - 5 : DEFAULT_MAX_USAGE)
                : Integer.parseInt(maxUsage.trim());
        if (embedded != null) {
            if (brokerLimit >= 0 && maxUsagePercent >= brokerLimit) {
                throw new IllegalStateException("credithub.disk.max-usage-percent (" + maxUsagePercent + ") must be "
                        + "below broker.xml's max-disk-usage (" + brokerLimit + "): the hub must stop taking "
                        + "submissions before the broker blocks them");
            }
        }
        List<Path> folders = new ArrayList<>(List.of(Path.of(dataDir)));
        if (!brokerDir.isBlank()) {
            folders.add(Path.of(brokerDir));
        }
        if (databaseUrl.startsWith(H2_FILE)) {
            String file = databaseUrl.substring(H2_FILE.length()).split(";", 2)[0];
            folders.add(Path.of(file).toAbsolutePath().getParent());
        }
        return new DataFolders(folders, minFree.toBytes(), maxUsagePercent);
    }

    /** The health component {@code dataFolder}. */
    @Bean
    DataFolderHealthIndicator dataFolderHealthIndicator(DataFolders folders) {
        return new DataFolderHealthIndicator(folders);
    }
}
