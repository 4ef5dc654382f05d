package cn.jining.credithub.repository.audit;

import cn.jining.credithub.contracts.seal.Signer;
import java.security.GeneralSecurityException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the hash-chained audit trail and reads a record's entries back. Appends join a transaction
 * already open on the same DataSource (so a delivery is audited in the transaction that writes it).
 */
public class AuditTrail {

    static final String COLUMNS = "seq, at, kind, category, source_id, batch_id, record_id, fingerprint, "
            + "destination, detail, prev_hash, hash, signature";
    private static final String INSERT = "INSERT INTO audit_entry (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Signer signer;
    private final int checkpointEvery;

    /** {@code signer} may be null (no checkpoint signatures); else every entry whose seq is a multiple of {@code checkpointEvery} is signed. */
    public AuditTrail(DataSource dataSource, Clock clock, Signer signer, int checkpointEvery) {
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("checkpointEvery must be at least 1: " + checkpointEvery);
        }
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.clock = clock;
        this.signer = signer;
        this.checkpointEvery = checkpointEvery;
    }

    /** Appends the events in order, in one transaction; returns them as stored. */
    public List<AuditEntry> append(List<AuditEntry> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        return transaction.execute(status -> {
            // One writer at a time, across threads and hub nodes: the UPDATE takes the head row's lock and
            // holds it to commit; the SELECT after it then reads the head as the previous writer committed it.
            // (A SELECT ... FOR UPDATE on the last entry cannot lock the empty table's first append.)
            jdbc.update("UPDATE audit_head SET seq = seq WHERE id = 1");
            Map<String, Object> head = jdbc.queryForMap("SELECT seq, hash FROM audit_head WHERE id = 1");
            long seq = ((Number) head.get("seq")).longValue();
            String prev = ((String) head.get("hash")).trim();
            List<AuditEntry> stored = new ArrayList<>(events.size());
            for (AuditEntry event : events) {
                AuditEntry entry = event.chained(++seq, clock.instant(), prev);
                stored.add(seq % checkpointEvery == 0 && signer != null ? signed(entry) : entry);
                prev = entry.hash();
            }
            jdbc.batchUpdate(INSERT, stored, stored.size(), (ps, e) -> {
                ps.setLong(1, e.seq());
                ps.setObject(2, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
                ps.setString(3, e.kind().name());
                ps.setString(4, e.category());
                ps.setString(5, e.sourceId());
                ps.setString(6, e.batchId());
                ps.setString(7, e.recordId());
                ps.setString(8, e.fingerprint());
                ps.setString(9, e.destination());
                ps.setString(10, e.detail());
                ps.setString(11, e.prevHash());
                ps.setString(12, e.hash());
                ps.setString(13, e.signature());
            });
            jdbc.update("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", seq, prev);
            return stored;
        });
    }

    /** A record's entries, oldest first: its submission (or rejection) and every delivery or refusal. */
    public List<AuditEntry> trace(String category, String sourceId, String recordId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE record_id = ? AND source_id = ? "
                + "AND category = ? ORDER BY seq", (rs, n) -> read(rs), recordId, sourceId, category);
    }

    private AuditEntry signed(AuditEntry entry) {
        try {
            byte[] signature = signer.sign(HexFormat.of().parseHex(entry.hash()));
            return entry.withSignature(Base64.getEncoder().encodeToString(signature));
        } catch (GeneralSecurityException e) {
            // SECURITY: an unsigned checkpoint would be indistinguishable from a stripped one; fail the append.
            throw new AuditException("checkpoint " + entry.seq() + " could not be signed", e);
        }
    }

    static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                AuditKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), trim(rs.getString(8)), rs.getString(9), rs.getString(10), trim(rs.getString(11)),
                trim(rs.getString(12)), rs.getString(13));
    }

    private static String trim(String fixed) {
        return fixed == null ? null : fixed.trim();
    }
}
