package cn.jining.credithub.gateway.jdbc;

import cn.jining.credithub.adapters.jdbc.JdbcSourceTemplate;
import cn.jining.credithub.adapters.jdbc.JdbcStagingSettings;
import cn.jining.credithub.adapters.jdbc.JdbcStagingTable;
import cn.jining.credithub.routes.source.SourceDefinition;
import java.util.List;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** One {@code jdbc-<source id>} route per DB polling source, from the {@code jdbc-source} template and its entry. */
class JdbcSourceRoutes extends RouteBuilder {

    private final List<SourceDefinition> sources;
    private final Environment environment;

    JdbcSourceRoutes(List<SourceDefinition> sources, Environment environment) {
        this.sources = List.copyOf(sources);
        this.environment = environment;
    }

    @Override
    public void configure() {
        for (SourceDefinition source : sources) {
            SourceDefinition.Jdbc jdbc = source.jdbc();
            // A connection per poll, no pool: a poll every few seconds does not need one, and nothing is opened
            // at start-up, so a bureau database that is down delays only its own source (logged on each poll).
            DriverManagerDataSource dataSource = new DriverManagerDataSource(jdbc.url(), jdbc.username(),
                    jdbc.passwordEnv() == null ? "" : environment.getProperty(jdbc.passwordEnv()));
            JdbcStagingSettings settings = new JdbcStagingSettings(source.id(), jdbc.table(), jdbc.idColumn(),
                    jdbc.statusColumn(), jdbc.reasonColumn(), jdbc.category(), jdbc.batchSize());
            String bean = "jdbcStaging-" + source.id();
            getCamelContext().getRegistry().bind(bean, new JdbcStagingTable(settings, dataSource));
            templatedRoute(JdbcSourceTemplate.ID).routeId("jdbc-" + source.id())
                    .parameter("sourceId", source.id())
                    .parameter("stagingTable", bean)
                    .parameter("delay", String.valueOf(jdbc.delay().toMillis()));
        }
    }
}
