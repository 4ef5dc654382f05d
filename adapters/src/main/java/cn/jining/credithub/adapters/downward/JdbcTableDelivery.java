package cn.jining.credithub.adapters.downward;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.json.ContractsJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Delivers a downward batch as rows of a table in the subscriber's own database, one row per record
 * ({@code batch_id, record_id, category, subject_code, payload, received_at}; docs/sources.md "Downward
 * subscription"). One database transaction per batch, and the rows of the batch already there are skipped, so a
 * redelivered batch adds nothing: idempotent on (batch_id, record_id). A subscriber's queue has one consumer at a
 * time (exclusive, even with several hub nodes), so two deliveries of one batch never race.
 */
public class JdbcTableDelivery implements DownwardDelivery {

    private final DataSource dataSource;
    private final String existing;
    private final String insert;

    /** {@code table} is written into SQL text: the caller checked it is a plain identifier. */
    public JdbcTableDelivery(DataSource dataSource, String table) {
        this.dataSource = dataSource;
        this.existing = "SELECT record_id FROM " + table + " WHERE batch_id = ?";
        this.insert = "INSERT INTO " + table + " (batch_id, record_id, category, subject_code, payload, received_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void deliver(DownwardBatch batch) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Set<String> present = present(connection, batch.batchId());
                try (PreparedStatement rows = connection.prepareStatement(insert)) {
                    for (AcceptedRecord record : batch.records()) {
                        if (!present.add(record.recordId())) {
                            continue;
                        }
                        rows.setString(1, batch.batchId());
                        rows.setString(2, record.recordId());
                        rows.setString(3, record.category());
                        rows.setString(4, record.subjectCode());
                        rows.setString(5, ContractsJson.mapper().writeValueAsString(record));
                        rows.setTimestamp(6, Timestamp.from(batch.receivedAt()));
                        rows.addBatch();
                    }
                    rows.executeBatch();
                }
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private Set<String> present(Connection connection, String batchId) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(existing)) {
            query.setString(1, batchId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }
}
