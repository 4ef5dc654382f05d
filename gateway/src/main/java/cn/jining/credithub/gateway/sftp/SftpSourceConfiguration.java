package cn.jining.credithub.gateway.sftp;

import cn.jining.credithub.adapters.sftp.SftpSourceTemplate;
import cn.jining.credithub.routes.source.SourceDefinition;
import cn.jining.credithub.routes.source.SourceRegistry;
import java.util.List;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
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
     * In memory, per hub node: a restart forgets, and the file then processed again changes nothing in the
     * repository (writes are idempotent); the moved file is gone from the inbox anyway. Several nodes polling
     * one folder need a shared JDBC repository instead (ARCHITECTURE.md, "Idempotency and scale-out").
     */
    @Bean
    IdempotentRepository sftpIdempotentRepository() {
        return MemoryIdempotentRepository.memoryIdempotentRepository(REMEMBERED_FILES);
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
