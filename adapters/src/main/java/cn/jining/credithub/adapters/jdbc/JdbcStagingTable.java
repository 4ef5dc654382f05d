package cn.jining.credithub.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A source's own staging table on its own database: claims up to a batch of new rows (status NULL or
 * {@code NEW}) in a transaction, with {@code SELECT ... FOR UPDATE SKIP LOCKED}, so that hub nodes polling the
 * same table never take the same row. The claim lasts until the outcome is written back and committed, or is
 * rolled back, which makes the rows new again.
 */
public final class JdbcStagingTable {

    public static final String NEW = "NEW";
    private final JdbcStagingSettings settings;
    private final DataSource dataSource;
    private final String claimSql;

    public JdbcStagingTable(JdbcStagingSettings settings, DataSource dataSource) {
        this.settings = settings;
        this.dataSource = dataSource;
        // One statement for PostgreSQL, MariaDB 10.6+ and H2 2.x: all three lock the selected rows and skip rows
        // another transaction holds. No claim column is written, so a node that dies mid-batch claims nothing:
        // its transaction ends with its connection. LIMIT, not FETCH FIRST: MariaDB reads both only from 10.6.
        this.claimSql = "SELECT * FROM " + settings.table() + " WHERE " + settings.statusColumn() + " IS NULL OR "
                + settings.statusColumn() + " = '" + NEW + "' ORDER BY " + settings.idColumn() + " LIMIT "
                + settings.batchSize() + " FOR UPDATE SKIP LOCKED";
    }

    public JdbcStagingSettings settings() {
        return settings;
    }

    /** Claims the next rows; an empty claim (nothing new) has already ended its transaction. */
    public StagingClaim claim() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            // READ COMMITTED: on MariaDB (REPEATABLE READ by default) it avoids gap locks that would block the
            // bureau's own inserts while a batch is in the hub.
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            StagingClaim claim;
            try (PreparedStatement select = connection.prepareStatement(claimSql)) {
                claim = StagingClaim.read(connection, settings, select.executeQuery());
            }
            if (claim.isEmpty()) {
                claim.release();
            }
            return claim;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection, e);
            throw e;
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
