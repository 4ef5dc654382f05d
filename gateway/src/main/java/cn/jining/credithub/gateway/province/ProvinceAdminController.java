package cn.jining.credithub.gateway.province;

import cn.jining.credithub.adapters.province.ProvinceLedger;
import cn.jining.credithub.adapters.province.ProvinceLink;
import cn.jining.credithub.adapters.province.ProvinceReconciler;
import cn.jining.credithub.adapters.province.ProvinceUnavailableException;
import cn.jining.credithub.contracts.exchange.ErrorBody;
import cn.jining.credithub.gateway.admin.AdminAudit;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operators' view of the province link (docs/province.md): {@code GET /api/admin/province} (circuit, last
 * success and failure, unacknowledged batches) and {@code POST /api/admin/province/reconcile} (the daily
 * reconciliation, now). SECURITY: under {@code /api/admin/**}, so the console's chain admits only the operator
 * role; loopback callers only unless {@code credithub.admin.loopback-only=false}; a run is an ADMIN audit entry.
 */
@RestController
@RequestMapping("/api/admin/province")
@ConditionalOnProperty(name = "credithub.province.enabled", havingValue = "true", matchIfMissing = true)
public class ProvinceAdminController {

    private static final Logger LOG = LoggerFactory.getLogger(ProvinceAdminController.class);
    private final ProvinceReconciler reconciler;
    private final ProvinceLink link;
    private final ProvinceLedger ledger;
    private final AdminAudit audit;
    private final boolean loopbackOnly;

    public ProvinceAdminController(ProvinceReconciler reconciler, ProvinceLink link, ProvinceLedger ledger,
                                   AdminAudit audit, @Value("${credithub.admin.loopback-only:true}") boolean loopbackOnly) {
        this.reconciler = reconciler;
        this.link = link;
        this.ledger = ledger;
        this.audit = audit;
        this.loopbackOnly = loopbackOnly;
    }

    @GetMapping
    public ResponseEntity<Object> state(HttpServletRequest request) {
        if (!allowed(request)) {
            return forbidden();
        }
        ProvinceLink.LinkState state = link.state();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("circuit", state.circuit());
        body.put("lastSuccessAt", state.lastSuccessAt());
        body.put("lastFailureAt", state.lastFailureAt());
        body.put("lastFailure", state.lastFailure());
        body.put("unacknowledgedBatches", ledger.unacknowledgedCount());
        return ResponseEntity.ok(body);
    }

    @PostMapping("/reconcile")
    public ResponseEntity<Object> reconcile(HttpServletRequest request) {
        if (!allowed(request)) {
            return forbidden();
        }
        String operator = request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser();
        audit.consoleAction(operator, "province reconciliation");
        try {
            ProvinceReconciler.Report report = reconciler.reconcile();
            LOG.info("province reconciliation run by {}@{}: {}", operator, request.getRemoteAddr(), report);
            return ResponseEntity.ok(report);
        } catch (ProvinceUnavailableException e) {
            return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(new ErrorBody("PROVINCE_UNAVAILABLE",
                    "the province's acknowledgements could not be read: " + e.getMessage(), UUID.randomUUID().toString()));
        }
    }

    private boolean allowed(HttpServletRequest request) {
        if (!loopbackOnly) {
            return true;
        }
        try {
            // A literal address from the servlet container: parsed, never looked up in DNS.
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static ResponseEntity<Object> forbidden() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ErrorBody("FORBIDDEN",
                "the province admin API answers only callers on the hub's own host (127.0.0.1); "
                        + "credithub.admin.loopback-only=false opens it to signed-in operators elsewhere",
                UUID.randomUUID().toString()));
    }
}
