package cn.jining.credithub.gateway.database;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells Hikari to drop a pooled H2 connection whose database closed under it. H2 closes a file database when a
 * write fails (a full disk) and answers every later call on its connections with "database is closed", an error
 * Hikari does not take as fatal: the pool kept the dead connections and only a restart helped. Evicted, the next
 * connection opens the database again once there is space. Other databases' errors are left to Hikari.
 */
public class EvictClosedH2Connections implements SQLExceptionOverride {

    /**
     * H2's codes (org.h2.api.ErrorCode) for a database or connection that is gone: general error (a failed store
     * write), connection broken, I/O errors, database closed, no disk space, called at shutdown.
     */
    private static final Set<Integer> GONE = Set.of(50000, 90067, 90028, 90031, 90098, 90100, 90121);

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        boolean h2 = e.getClass().getName().startsWith("org.h2.");
        return h2 && GONE.contains(e.getErrorCode()) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
