package cn.jining.credithub.gateway.admin;

import java.util.function.Predicate;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an operator's dead-letter action and its ADMIN audit entry together: the entry is appended first, in a
 * database transaction held open while the broker acts, and committed only when the action was done. An audit trail
 * that cannot be written (the database down, full) means the action is not done; a broker that refuses means no entry
 * is kept. Only a commit failing after the broker acted can part them: the action is then reported as done (it was)
 * and the missing entry logged as an error for the operators.
 */
final class AuditedActions {

    private static final Logger LOG = LoggerFactory.getLogger(AuditedActions.class);
    private final AdminAudit audit;
    private final TransactionTemplate transaction;

    /** {@code dataSource} must be the one {@code audit}'s trail writes to, so the append joins the transaction. */
    AuditedActions(AdminAudit audit, DataSource dataSource) {
        this.audit = audit;
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /**
     * Audits and does {@code action} ({@code replay}, {@code discard}) on {@code letter}; false when the broker no
     * longer had the letter (another operator acted first), with nothing audited.
     */
    boolean run(String action, String operator, DeadLetter letter, Predicate<DeadLetter> act) {
        boolean[] done = {false};
        try {
            transaction.executeWithoutResult(status -> {
                audit.deadLetter(action, operator, letter);
                done[0] = act.test(letter);
                if (!done[0]) {
                    status.setRollbackOnly();
                }
            });
        } catch (TransactionException e) {
            if (!done[0]) {
                throw e;
            }
            LOG.error("{} of dead letter {} by {} was done, but its audit entry could not be committed", action,
                    letter.messageId(), operator, e);
        }
        return done[0];
    }
}
