package cn.jining.credithub.gateway.sftp;

import cn.jining.credithub.adapters.sftp.SftpSourceTemplate;
import cn.jining.credithub.routes.source.SourceDefinition;
import cn.jining.credithub.routes.source.SourceRegistry;
import java.util.List;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The SFTP channel: the {@code sftp-source} route template and one route instantiated from it per registry
 * entry with {@code channel: sftp}. Adding an SFTP source is a registry entry, no code.
 */
@Configuration(proxyBeanMethods = false)
public class SftpSourceConfiguration {

    /** Processed files remembered (name, size, modification time): far more than a day's drops of all sources. */
    static final int REMEMBERED_FILES = 100_000;

    @Bean
    SftpSourceTemplate sftpSourceTemplate() {
        return new SftpSourceTemplate();
    }

    /**
     * {@code credithub.sftp.processed-files}: {@code memory} (the default, one node) remembers per node and a restart
     * forgets; the file then processed again changes nothing in the repository (writes are idempotent) and the moved
     * file is gone from the inbox anyway. {@code database}: shared by every node and kept across restarts, for
     * several nodes polling one folder (docs/deployment.md, "SFTP sources on several nodes").
     */
    @Bean
    IdempotentRepository sftpIdempotentRepository(@Value("${credithub.sftp.processed-files:memory}") String kind,
                                                  DataSource dataSource) {
        return switch (kind) {
            case "memory" -> MemoryIdempotentRepository.memoryIdempotentRepository(REMEMBERED_FILES);
            case "database" -> new SharedProcessedFiles(dataSource, SftpSourceTemplate.ID);
            default -> throw new IllegalStateException("credithub.sftp.processed-files: '" + kind
                    + "' is neither memory nor database");
        };
    }

    @Bean
    SftpSourceRoutes sftpSourceRoutes(SourceRegistry registry, Environment environment) {
        List<SourceDefinition> sources = registry.all().stream().filter(s -> s.sftp() != null).toList();
        sources.forEach(source -> requireCredentials(source, environment));
        return new SftpSourceRoutes(sources);
    }

    /** A missing secret stops start-up here, naming the source, rather than failing every poll later. */
    private static void requireCredentials(SourceDefinition source, Environment environment) {
        String variable = source.sftp().passwordEnv();
        if (variable != null && environment.getProperty(variable) == null) {
            throw new IllegalStateException("source " + source.id() + ": sftp.passwordEnv names " + variable
                    + ", which is not set in the environment");
        }
    }
}
