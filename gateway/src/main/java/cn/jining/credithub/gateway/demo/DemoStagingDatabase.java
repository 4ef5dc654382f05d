package cn.jining.credithub.gateway.demo;

import cn.jining.credithub.routes.source.SourceDefinition;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The demo vertical system's own database (H2, in the demo folder): on first start creates its staging table
 * and a few new rows from {@value #SCRIPT}, which the hub then claims and answers like any bureau's.
 */
final class DemoStagingDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStagingDatabase.class);
    static final String SCRIPT = "demo/staging.sql";

    private final String url;

    private DemoStagingDatabase(String url) {
        this.url = url;
    }

    /** Creates and fills the entry's table when it does not exist yet; a later start leaves it as it is. */
    static DemoStagingDatabase prepare(SourceDefinition source) {
        SourceDefinition.Jdbc jdbc = source.jdbc();
        if (!jdbc.url().startsWith("jdbc:h2:")) {
            throw new IllegalStateException("credithub.demo.sources (" + source.id() + ").jdbc.url: the demo creates "
                    + "its staging table on an embedded H2 database only, not " + jdbc.url());
        }
        try (Connection connection = DriverManager.getConnection(jdbc.url(), jdbc.username(), "")) {
            if (exists(connection, jdbc.table())) {
                return new DemoStagingDatabase(jdbc.url());
            }
            ScriptUtils.executeSqlScript(connection, new EncodedResource(new ClassPathResource(SCRIPT), "UTF-8"));
            LOG.info("demo staging table {} of {} ({}) created with new rows at {}", jdbc.table(), source.name(),
                    source.id(), jdbc.url());
            return new DemoStagingDatabase(jdbc.url());
        } catch (SQLException e) {
            throw new IllegalStateException("demo staging database " + jdbc.url() + ": " + e.getMessage(), e);
        }
    }

    String url() {
        return url;
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        // H2 keeps unquoted names in upper case.
        try (ResultSet tables = connection.getMetaData().getTables(null, null, table.toUpperCase(Locale.ROOT), null)) {
            return tables.next();
        }
    }
}
