package cn.jining.credithub.repository.audit;

import cn.jining.credithub.contracts.seal.BcSm2SignatureVerifier;
import cn.jining.credithub.contracts.seal.SignatureVerifier;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Walks the audit chain from seq 1 and names the first entry where it breaks (docs/audit.md). */
public class AuditVerifier {

    private static final String GENESIS = "0".repeat(64);
    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final PublicKey checkpointKey;
    private final int checkpointEvery;
    private final SignatureVerifier signatures = new BcSm2SignatureVerifier();

    /** Checks the hash chain only. */
    public AuditVerifier(DataSource dataSource) {
        this(dataSource, null, 0);
    }

    /**
     * Also checks checkpoint signatures with {@code checkpointKey}: every signature present must verify, and
     * when {@code checkpointEvery > 0} every entry whose seq is a multiple of it must carry one.
     */
    public AuditVerifier(DataSource dataSource, PublicKey checkpointKey, int checkpointEvery) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1_000);
        this.readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.readOnly.setReadOnly(true);
        this.checkpointKey = checkpointKey;
        this.checkpointEvery = checkpointEvery;
    }

    public AuditVerification verify() {
        // In a transaction: PostgreSQL honours the fetch size (streams the chain) only with auto-commit off.
        return readOnly.execute(status -> walk());
    }

    private AuditVerification walk() {
        Walk walk = new Walk();
        jdbc.query("SELECT " + AuditTrail.COLUMNS + " FROM audit_entry ORDER BY seq", (RowCallbackHandler) rs -> {
            if (walk.broken == null) {
                walk.check(AuditTrail.read(rs));
            }
        });
        if (walk.broken != null) {
            return walk.broken;
        }
        // SECURITY: a chain cut off at its end is still a valid chain; only the head row shows rows are gone.
        Map<String, Object> head = jdbc.queryForMap("SELECT seq, hash FROM audit_head WHERE id = 1");
        if (((Number) head.get("seq")).longValue() != walk.seq || !((String) head.get("hash")).trim().equals(walk.prev)) {
            return new AuditVerification(walk.seq, walk.seq + 1, AuditVerification.Problem.MISSING);
        }
        return AuditVerification.intact(walk.seq);
    }

    /** The walk's state: the last good seq and hash, and the first break found. */
    private final class Walk {
        long seq;
        String prev = GENESIS;
        AuditVerification broken;

        void check(AuditEntry entry) {
            AuditVerification.Problem problem = problem(entry);
            if (problem != null) {
                broken = new AuditVerification(seq, problem == AuditVerification.Problem.MISSING ? seq + 1 : entry.seq(),
                        problem);
                return;
            }
            seq = entry.seq();
            prev = entry.hash();
        }

        private AuditVerification.Problem problem(AuditEntry entry) {
            if (entry.seq() != seq + 1) {
                return AuditVerification.Problem.MISSING;
            }
            if (!prev.equals(entry.prevHash())) {
                return AuditVerification.Problem.BROKEN_LINK;
            }
            if (!entry.computeHash().equals(entry.hash())) {
                return AuditVerification.Problem.ALTERED;
            }
            return checkpointKey == null || signatureOk(entry) ? null : AuditVerification.Problem.BAD_SIGNATURE;
        }

        private boolean signatureOk(AuditEntry entry) {
            if (entry.signature() == null) {
                return checkpointEvery <= 0 || entry.seq() % checkpointEvery != 0;
            }
            try {
                return signatures.verify(HexFormat.of().parseHex(entry.hash()),
                        Base64.getDecoder().decode(entry.signature()), checkpointKey);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
