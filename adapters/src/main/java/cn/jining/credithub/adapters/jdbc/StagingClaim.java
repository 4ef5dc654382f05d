package cn.jining.credithub.adapters.jdbc;

import cn.jining.credithub.adapters.sftp.BatchIds;
import cn.jining.credithub.contracts.exchange.Echo;
import cn.jining.credithub.contracts.exchange.Receipt;
import cn.jining.credithub.contracts.exchange.RecordOutcome;
import cn.jining.credithub.contracts.exchange.Submission;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rows claimed from a staging table in one open transaction: their records as one Submission, then the
 * intake's outcome written back per row and committed ({@link #answer}), or everything rolled back
 * ({@link #release} without an answer) so the rows are taken again by the next poll.
 */
public final class StagingClaim {

    private static final Logger LOG = LoggerFactory.getLogger(StagingClaim.class);

    private final Connection connection;
    private final JdbcStagingSettings settings;
    private final List<Object> ids;
    private final List<SubmittedRecord> records;
    private final int reasonSize;
    private boolean open = true;

    private StagingClaim(Connection connection, JdbcStagingSettings settings, List<Object> ids,
                         List<SubmittedRecord> records, int reasonSize) {
        this.connection = connection;
        this.settings = settings;
        this.ids = ids;
        this.records = records;
        this.reasonSize = reasonSize;
    }

    static StagingClaim read(Connection connection, JdbcStagingSettings settings, ResultSet rows) throws SQLException {
        StagingRows columns = new StagingRows(rows.getMetaData(), settings);
        List<Object> ids = new ArrayList<>();
        List<SubmittedRecord> records = new ArrayList<>();
        while (rows.next()) {
            Object id = rows.getObject(columns.idIndex());
            ids.add(id);
            records.add(new SubmittedRecord(id == null ? null : id.toString(), settings.category(), columns.data(rows)));
        }
        return new StagingClaim(connection, settings, ids, records, columns.reasonSize());
    }

    public boolean isEmpty() {
        return records.isEmpty();
    }

    public int size() {
        return records.size();
    }

    /** One submission of every claimed row; the batch id names the table and the first row. */
    public Submission submission() {
        // The row id as echoed: a row whose id no destination can store is refused alone, never the whole claim.
        String batchId = settings.table() + "#" + Echo.of(records.get(0).recordId());
        return new Submission(settings.sourceId(), BatchIds.cut(batchId, 64), records);
    }

    /** Writes ACCEPTED or REJECTED and the reasons to every claimed row, and commits. */
    public void answer(Receipt receipt) throws SQLException {
        if (receipt.records().size() != ids.size()) {
            throw new IllegalStateException("the receipt answers " + receipt.records().size() + " records, "
                    + ids.size() + " rows were claimed");
        }
        String sql = "UPDATE " + settings.table() + " SET " + settings.statusColumn() + " = ?, "
                + settings.reasonColumn() + " = ? WHERE " + settings.idColumn() + " = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (RecordOutcome outcome : receipt.records()) {
                update.setString(1, outcome.status().name());
                update.setString(2, outcome.status() == RecordOutcome.Status.REJECTED
                        ? RejectionReason.of(outcome.violations(), reasonSize) : null);
                update.setObject(3, ids.get(outcome.index()));
                update.addBatch();
            }
            update.executeBatch();
        }
        connection.commit();
        close();
    }

    /** Ends the claim: an unanswered claim is rolled back, so its rows are new again. Idempotent. */
    public void release() {
        if (!open) {
            return;
        }
        open = false;
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            // A connection that cannot even roll back is gone; the database ends its transaction with it.
            LOG.warn("staging table {}: rolling back a claim of {} rows failed: {}", settings.table(), ids.size(),
                    e.getMessage());
        }
    }

    private void close() throws SQLException {
        open = false;
        connection.close();
    }
}
