package cn.jining.credithub.adapters.province;

import cn.jining.credithub.contracts.exchange.AcceptanceStamp;
import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Keeps the province's copy of every record moving forward (table {@code province_record}, migration V7): the
 * newest acceptance stamp the province acknowledged per record. A version accepted before that one is never sent
 * after it, whatever order the hub's queue hands versions over in (a redelivery, a dead-letter replay).
 */
public class ProvinceRecordOrder {

    private static final int LOOKUP_CHUNK = 500;
    private static final String SENT = "SELECT category, record_id, received_at, intake_seq FROM province_record "
            + "WHERE source_id = ? AND record_id IN (%s)";
    private static final String MOVE = "UPDATE province_record SET received_at = ?, intake_seq = ? "
            + "WHERE record_id = ? AND source_id = ? AND category = ?";
    private static final String INSERT = "INSERT INTO province_record (record_id, source_id, category, received_at, "
            + "intake_seq) VALUES (?, ?, ?, ?, ?)";
    private final JdbcTemplate jdbc;

    public ProvinceRecordOrder(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The records of {@code batch} the province holds a newer version of: they are not to be sent. */
    public List<AcceptedRecord> superseded(AcceptedBatch batch) {
        Map<String, AcceptanceStamp> sent = sent(batch.sourceId(), batch.records());
        AcceptanceStamp stamp = batch.stamp();
        return batch.records().stream().filter(r -> {
            AcceptanceStamp newest = sent.get(key(r.category(), r.recordId()));
            return newest != null && newest.isAfter(stamp);
        }).toList();
    }

    /** Notes that the province acknowledged {@code records} accepted at {@code stamp}; call in the ack's transaction. */
    public void acknowledged(String sourceId, AcceptanceStamp stamp, List<AcceptedRecord> records) {
        Map<String, AcceptanceStamp> sent = sent(sourceId, records);
        List<AcceptedRecord> moves = new ArrayList<>();
        List<AcceptedRecord> inserts = new ArrayList<>();
        for (AcceptedRecord r : records) {
            AcceptanceStamp newest = sent.get(key(r.category(), r.recordId()));
            if (newest == null) {
                inserts.add(r);
            } else if (stamp.isAfter(newest)) {
                moves.add(r);
            }
        }
        OffsetDateTime at = stamp.at().atOffset(ZoneOffset.UTC);
        jdbc.batchUpdate(MOVE, moves, moves.size(), (ps, r) -> {
            ps.setObject(1, at);
            ps.setLong(2, stamp.sequence());
            ps.setString(3, r.recordId());
            ps.setString(4, sourceId);
            ps.setString(5, r.category());
        });
        jdbc.batchUpdate(INSERT, inserts, inserts.size(), (ps, r) -> {
            ps.setString(1, r.recordId());
            ps.setString(2, sourceId);
            ps.setString(3, r.category());
            ps.setObject(4, at);
            ps.setLong(5, stamp.sequence());
        });
    }

    private Map<String, AcceptanceStamp> sent(String sourceId, List<AcceptedRecord> records) {
        Map<String, AcceptanceStamp> sent = new HashMap<>();
        List<String> ids = records.stream().map(AcceptedRecord::recordId).distinct().toList();
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK));
            List<Object> args = new ArrayList<>(chunk.size() + 1);
            args.add(sourceId);
            args.addAll(chunk);
            jdbc.query(String.format(SENT, String.join(",", Collections.nCopies(chunk.size(), "?"))),
                    (RowCallbackHandler) rs -> sent.put(key(rs.getString(1), rs.getString(2)), new AcceptanceStamp(
                            rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getLong(4))), args.toArray());
        }
        return sent;
    }

    private static String key(String category, String recordId) {
        // A separator no id can hold (the intake refuses control characters in ids).
        return category + '\u0000' + recordId;
    }
}
