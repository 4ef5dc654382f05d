package cn.jining.credithub.gateway.jdbc;

import cn.jining.credithub.adapters.jdbc.JdbcSourceTemplate;
import cn.jining.credithub.routes.source.SourceDefinition;
import cn.jining.credithub.routes.source.SourceRegistry;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The DB polling channel: the {@code jdbc-source} route template and one route instantiated from it per
 * registry entry with {@code channel: jdbc}. Adding a bureau's staging table is a registry entry, no code.
 */
@Configuration(proxyBeanMethods = false)
public class JdbcSourceConfiguration {

    @Bean
    JdbcSourceTemplate jdbcSourceTemplate() {
        return new JdbcSourceTemplate();
    }

    @Bean
    JdbcSourceRoutes jdbcSourceRoutes(SourceRegistry registry, Environment environment) {
        List<SourceDefinition> sources = registry.all().stream().filter(s -> s.jdbc() != null).toList();
        sources.forEach(source -> requireCredentials(source, environment));
        return new JdbcSourceRoutes(sources, environment);
    }

    /** A missing secret stops start-up here, naming the source, rather than failing every poll later. */
    private static void requireCredentials(SourceDefinition source, Environment environment) {
        String variable = source.jdbc().passwordEnv();
        if (variable != null && environment.getProperty(variable) == null) {
            throw new IllegalStateException("source " + source.id() + ": jdbc.passwordEnv names " + variable
                    + ", which is not set in the environment");
        }
    }
}
