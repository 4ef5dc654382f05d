package cn.jining.credithub.gateway.admin;

import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.ErrorBody;
import cn.jining.credithub.gateway.database.IntakeDatabase;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The operators' dead-letter API (docs/operations.md): list, inspect, replay one or all, discard one. Every
 * call is logged with who asked; every replay and discard is an ADMIN entry in the audit trail, written in the same
 * database transaction as the action is done (AuditedActions): both happen or neither. SECURITY: the
 * console's security chain admits only the operator role (HTTP Basic); by default callers must also be on
 * the hub's own host ({@code credithub.admin.loopback-only}).
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
public class DeadLetterController {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterController.class);
    private final ObjectProvider<DeadLetterAdmin> admin;
    private final AuditedActions actions;
    private final boolean loopbackOnly;

    public DeadLetterController(ObjectProvider<DeadLetterAdmin> admin, AdminAudit audit, IntakeDatabase database,
                                @Value("${credithub.admin.loopback-only:true}") boolean loopbackOnly) {
        this.admin = admin;
        this.actions = new AuditedActions(audit, database.dataSource());
        this.loopbackOnly = loopbackOnly;
    }

    @GetMapping
    public Map<String, Object> list(HttpServletRequest request) throws Exception {
        List<DeadLetter> letters = admin(request).list();
        LOG.info("dead letters listed by {}: {}", who(request), letters.size());
        return Map.of("count", letters.size(), "deadLetters", letters);
    }

    @GetMapping("/{messageId}")
    public ResponseEntity<Object> inspect(@PathVariable long messageId, HttpServletRequest request) throws Exception {
        LOG.info("dead letter {} inspected by {}", messageId, who(request));
        return admin(request).find(messageId).<ResponseEntity<Object>>map(ResponseEntity::ok)
                .orElseGet(() -> notFound(messageId));
    }

    @PostMapping("/{messageId}/replay")
    public ResponseEntity<Object> replay(@PathVariable long messageId, HttpServletRequest request) throws Exception {
        DeadLetterAdmin letters = admin(request);
        Optional<DeadLetter> letter = letters.find(messageId);
        boolean done = letter.isPresent() && actions.run("replay", operator(request), letter.get(), letters::retry);
        LOG.info("dead letter {} replayed to its original queue by {}: {}", messageId, who(request),
                done ? "done" : "no such dead letter");
        return done ? ResponseEntity.ok(Map.of("replayed", 1)) : notFound(messageId);
    }

    /**
     * Replays every dead letter listed now, one by one, each with its own audit entry; a failure stops the rest and
     * is answered with the failure (those replayed before it stay replayed and audited, as the log says).
     */
    @PostMapping("/replay")
    public Map<String, Object> replayAll(HttpServletRequest request) throws Exception {
        DeadLetterAdmin letters = admin(request);
        int replayed = 0;
        for (DeadLetter letter : letters.list()) {
            if (actions.run("replay", operator(request), letter, letters::retry)) {
                replayed++;
                LOG.info("dead letter {} replayed to its original queue by {}", letter.messageId(), who(request));
            }
        }
        LOG.info("all dead letters replayed to their original queues by {}: {}", who(request), replayed);
        return Map.of("replayed", replayed);
    }

    @DeleteMapping("/{messageId}")
    public ResponseEntity<Object> discard(@PathVariable long messageId, HttpServletRequest request) throws Exception {
        DeadLetterAdmin letters = admin(request);
        Optional<DeadLetter> letter = letters.find(messageId);
        boolean done = letter.isPresent() && actions.run("discard", operator(request), letter.get(), letters::remove);
        LOG.info("dead letter {} discarded by {}: {}", messageId, who(request), done ? "done" : "no such dead letter");
        return done ? ResponseEntity.ok(Map.of("discarded", 1)) : notFound(messageId);
    }

    /** The audit trail could not be written: the action was not done (AuditedActions). */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ErrorBody> auditUnavailable(DataAccessException e) {
        LOG.error("dead-letter action not done: its audit entry could not be written: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", Refusal.RETRY_AFTER_SECONDS)
                .body(new ErrorBody("AUDIT_UNAVAILABLE", "the audit trail cannot be written now, so nothing was done; "
                        + "try again later", UUID.randomUUID().toString()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorBody> badId(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "BAD_MESSAGE_ID",
                "the path's message id '" + e.getValue() + "' is not a number; take it from GET /api/admin/dead-letters");
    }

    @ExceptionHandler(NotLoopbackException.class)
    ResponseEntity<ErrorBody> notLoopback(NotLoopbackException e) {
        return error(HttpStatus.FORBIDDEN, "FORBIDDEN", e.getMessage());
    }

    @ExceptionHandler(DeadLetterAdmin.DeadLetterActionException.class)
    ResponseEntity<ErrorBody> actionFailed(DeadLetterAdmin.DeadLetterActionException e) {
        LOG.warn("dead-letter action failed", e);
        return error(HttpStatus.SERVICE_UNAVAILABLE, "BROKER_REFUSED", e.getMessage());
    }

    @ExceptionHandler(BrokerNotEmbeddedException.class)
    ResponseEntity<ErrorBody> notEmbedded(BrokerNotEmbeddedException e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, "NOT_AVAILABLE", e.getMessage());
    }

    private DeadLetterAdmin admin(HttpServletRequest request) {
        // SECURITY: besides the operator login, by default only callers on this host may touch dead letters,
        // even when CREDITHUB_HTTP_ADDRESS opens the server to the network for the submission API.
        if (loopbackOnly && !isLoopback(request.getRemoteAddr())) {
            LOG.warn("dead-letter admin refused to {}: not a loopback caller", who(request));
            throw new NotLoopbackException();
        }
        DeadLetterAdmin available = admin.getIfAvailable();
        if (available == null) {
            throw new BrokerNotEmbeddedException();
        }
        return available;
    }

    private static boolean isLoopback(String address) {
        try {
            // A literal address from the servlet container: parsed, never looked up in DNS.
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static ResponseEntity<Object> notFound(long messageId) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ErrorBody("NOT_FOUND",
                "no dead letter with message id " + messageId + " on the dead-letter address", UUID.randomUUID().toString()));
    }

    private static ResponseEntity<ErrorBody> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(new ErrorBody(code, message, UUID.randomUUID().toString()));
    }

    // The signed-in operator (Spring Security sets the remote user) and where the call came from.
    private static String who(HttpServletRequest request) {
        return operator(request) + "@" + request.getRemoteAddr();
    }

    private static String operator(HttpServletRequest request) {
        String user = request.getRemoteUser();
        return user == null ? "anonymous" : user;
    }

    /** The admin API answers callers on this host only (see {@link #admin(HttpServletRequest)}). */
    static final class NotLoopbackException extends IllegalStateException {
        NotLoopbackException() {
            super("the dead-letter admin API answers only callers on the hub's own host (127.0.0.1); "
                    + "credithub.admin.loopback-only=false opens it to signed-in operators elsewhere");
        }
    }

    /** The hub manages dead letters only on its embedded broker; an external cluster has its own console. */
    static final class BrokerNotEmbeddedException extends IllegalStateException {
        BrokerNotEmbeddedException() {
            super("dead letters are managed here only with the embedded broker; use the external broker's console");
        }
    }
}
