package cn.jining.credithub.adapters.province;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.province.Acknowledgement;
import cn.jining.credithub.contracts.seal.SealHeader;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * What the hub sent the province and what the province acknowledged (table {@code province_batch}, migration V5):
 * written before a batch first goes out, updated on every attempt and on the acknowledgement. The daily
 * reconciliation compares it with the province's own list and re-sends from it.
 */
public class ProvinceLedger {

    private static final TypeReference<List<AcceptedRecord>> RECORDS = new TypeReference<>() {
    };
    private static final int MAX_ERROR = 2_000;
    // Without the records: a reconciliation window can hold many batches; a re-send reads its records on its own.
    private static final String COLUMNS = "batch_id, source_id, origin_batch_id, record_count, merkle_root, "
            + "first_sent_at, attempts, acked_at, ack_status";
    private final JdbcTemplate jdbc;

    public ProvinceLedger(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** One batch as the ledger holds it; {@code ackStatus} and {@code ackedAt} are null until acknowledged. */
    public record Entry(String batchId, String sourceId, String originBatchId, int recordCount, String merkleRoot,
                        Instant firstSentAt, int attempts, Instant ackedAt, String ackStatus) {

        public boolean acknowledged() {
            return ackedAt != null;
        }
    }

    /** Notes an attempt to send {@code header}'s batch: the first one inserts the batch with its records. */
    public void sending(SealHeader header, String originBatchId, List<AcceptedRecord> records, Instant now) {
        OffsetDateTime at = utc(now);
        int updated = jdbc.update("UPDATE province_batch SET attempts = attempts + 1, last_sent_at = ? WHERE batch_id = ?",
                at, header.batchId());
        if (updated == 0) {
            try {
                jdbc.update("INSERT INTO province_batch (batch_id, source_id, origin_batch_id, record_count, merkle_root, "
                        + "records, first_sent_at, last_sent_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
                        header.batchId(), header.sourceId(), originBatchId, header.recordCount(), header.merkleRoot(),
                        ContractsJson.mapper().writeValueAsString(records), at, at);
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // Another hub node inserted it between the two statements: count this attempt on its row.
                jdbc.update("UPDATE province_batch SET attempts = attempts + 1, last_sent_at = ? WHERE batch_id = ?",
                        at, header.batchId());
            } catch (IOException e) {
                throw new UncheckedIOException("the records of batch " + header.batchId() + " cannot be written", e);
            }
        }
    }

    /** Records the verified acknowledgement; the batch counts as delivered from now on. */
    public void acknowledged(Acknowledgement ack, Instant now) {
        jdbc.update("UPDATE province_batch SET acked_at = ?, ack_status = ?, ack_received_at = ?, ack_signature = ?, "
                + "last_error = NULL WHERE batch_id = ?", utc(now), ack.status().name(),
                utc(ack.receivedAt()), ack.signature(), ack.batchId());
    }

    /** Notes why the last attempt failed (operators read it; the batch stays unacknowledged). */
    public void failed(String batchId, String reason) {
        String clipped = reason == null ? "unknown" : reason.length() <= MAX_ERROR ? reason : reason.substring(0, MAX_ERROR);
        jdbc.update("UPDATE province_batch SET last_error = ? WHERE batch_id = ?", clipped, batchId);
    }

    /** Forgets the acknowledgement: the province no longer lists it, so the batch is due again. */
    public void unacknowledged(String batchId) {
        jdbc.update("UPDATE province_batch SET acked_at = NULL, ack_status = NULL, ack_received_at = NULL, "
                + "ack_signature = NULL WHERE batch_id = ?", batchId);
    }

    /** Every batch first sent at or after {@code since}, and every older one still unacknowledged, oldest first. */
    public List<Entry> toReconcile(Instant since) {
        return jdbc.query("SELECT " + COLUMNS + " FROM province_batch WHERE first_sent_at >= ? OR acked_at IS NULL "
                + "ORDER BY first_sent_at, batch_id", ENTRY, utc(since));
    }

    public List<Entry> find(String batchId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM province_batch WHERE batch_id = ?", ENTRY, batchId);
    }

    /** The records of a batch exactly as they were sealed, in batch order. */
    public List<AcceptedRecord> records(String batchId) {
        List<String> json = jdbc.queryForList("SELECT records FROM province_batch WHERE batch_id = ?", String.class,
                batchId);
        if (json.isEmpty()) {
            throw new IllegalArgumentException("no batch " + batchId + " in the province ledger");
        }
        return parseRecords(json.get(0));
    }

    /** How many batches are sent but not acknowledged. */
    public int unacknowledgedCount() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM province_batch WHERE acked_at IS NULL", Integer.class);
        return count == null ? 0 : count;
    }

    private static final RowMapper<Entry> ENTRY = (rs, row) -> new Entry(rs.getString("batch_id"),
            rs.getString("source_id"), rs.getString("origin_batch_id"), rs.getInt("record_count"),
            rs.getString("merkle_root"), instant(rs.getObject("first_sent_at", OffsetDateTime.class)),
            rs.getInt("attempts"), instant(rs.getObject("acked_at", OffsetDateTime.class)), rs.getString("ack_status"));

    private static List<AcceptedRecord> parseRecords(String json) {
        try {
            return ContractsJson.mapper().readValue(json, RECORDS);
        } catch (IOException e) {
            throw new UncheckedIOException("a ledger entry's records are not readable", e);
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC).toInstant();
    }
}
