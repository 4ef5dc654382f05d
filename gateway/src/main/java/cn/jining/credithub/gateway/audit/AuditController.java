package cn.jining.credithub.gateway.audit;

import cn.jining.credithub.repository.audit.AuditVerification;
import cn.jining.credithub.repository.audit.AuditVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin API's audit verification (operators only, like all of /api/admin): walks the hash chain in the
 * running hub, whose H2 file no other process may open, for {@code audit verify} (docs/audit.md).
 */
@RestController
public class AuditController {

    private static final Logger LOG = LoggerFactory.getLogger(AuditController.class);
    private final AuditVerifier verifier;

    public AuditController(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping(AuditCli.VERIFY_PATH)
    public AuditVerification verification() {
        AuditVerification result = verifier.verify();
        LOG.info("audit trail verified through the admin API: {} entries, {}", result.entries(),
                result.ok() ? "intact" : "BROKEN at seq " + result.brokenSeq() + ": " + result.problem());
        return result;
    }
}
