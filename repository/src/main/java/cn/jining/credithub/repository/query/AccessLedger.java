package cn.jining.credithub.repository.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the access policy and the vouchers keep across hub nodes: revoked vouchers, each party's queries per day,
 * and the fingerprint of the policy last audited. Conditional statements, so two nodes never both take the last
 * query of a quota.
 */
public class AccessLedger {

    private final JdbcTemplate jdbc;

    public AccessLedger(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Revokes a voucher; false when it was revoked already (the first revocation stands). */
    public boolean revoke(String voucherId, String revokedBy, String reason, Instant at) {
        try {
            jdbc.update("INSERT INTO voucher_revocation (voucher_id, revoked_at, revoked_by, reason) VALUES (?, ?, ?, ?)",
                    voucherId, at.atOffset(ZoneOffset.UTC), revokedBy, reason);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** When the voucher was revoked, if it was. */
    public Optional<Instant> revokedAt(String voucherId) {
        return jdbc.query("SELECT revoked_at FROM voucher_revocation WHERE voucher_id = ?",
                (rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant(), voucherId).stream().findFirst();
    }

    /**
     * Takes {@code count} of the party's queries of {@code day} if that keeps it within {@code quota}; false (nothing
     * taken) when it would not.
     */
    public boolean takeQuota(String partyId, LocalDate day, int count, int quota) {
        if (count > quota) {
            return false;
        }
        int updated = jdbc.update("UPDATE query_quota SET used = used + ? WHERE party_id = ? AND query_day = ? AND used + ? <= ?",
                count, partyId, day, count, quota);
        if (updated == 1) {
            return true;
        }
        Integer used = jdbc.query("SELECT used FROM query_quota WHERE party_id = ? AND query_day = ?",
                (rs, n) -> rs.getInt(1), partyId, day).stream().findFirst().orElse(null);
        if (used != null) {
            return false;
        }
        try {
            jdbc.update("INSERT INTO query_quota (party_id, query_day, used) VALUES (?, ?, ?)", partyId, day, count);
            return true;
        } catch (DuplicateKeyException e) {
            // Another node opened the day first: take it the ordinary way.
            return jdbc.update("UPDATE query_quota SET used = used + ? WHERE party_id = ? AND query_day = ? AND used + ? <= ?",
                    count, partyId, day, count, quota) == 1;
        }
    }

    /** The fingerprint of the policy last audited; empty before the first. */
    public Optional<String> policyFingerprint() {
        return jdbc.query("SELECT fingerprint FROM query_policy_state WHERE id = 1", (rs, n) -> rs.getString(1).trim())
                .stream().findFirst();
    }

    /** Records {@code fingerprint} as the policy in force. */
    public void policyChanged(String fingerprint, Instant at) {
        if (jdbc.update("UPDATE query_policy_state SET fingerprint = ?, changed_at = ? WHERE id = 1", fingerprint,
                at.atOffset(ZoneOffset.UTC)) == 0) {
            jdbc.update("INSERT INTO query_policy_state (id, fingerprint, changed_at) VALUES (1, ?, ?)", fingerprint,
                    at.atOffset(ZoneOffset.UTC));
        }
    }
}
