package cn.jining.credithub.gateway.report;

import cn.jining.credithub.contracts.exchange.ErrorBody;
import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.services.report.ReportVerification;
import cn.jining.credithub.services.report.ReportVerifier;
import io.github.resilience4j.ratelimiter.RateLimiter;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public verification of credit reports (docs/reports.md): anyone may present a report's PDF, or a printed copy's
 * number and code, and learn whether the platform issued it unaltered. The answer never carries the report's content.
 */
@RestController
public class ReportVerificationController {

    public static final String PATH = "/api/public/reports/verification";

    private final ReportVerifier verifier;
    private final RateLimiter rate;

    public ReportVerificationController(ReportVerifier verifier, RateLimiter reportVerificationRate) {
        this.verifier = verifier;
        this.rate = reportVerificationRate;
    }

    @PostMapping(PATH)
    public ResponseEntity<?> verifyFile(@RequestBody(required = false) byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            return ResponseEntity.badRequest().body(new ErrorBody("NO_REPORT",
                    "send the report's PDF as the request body", UUID.randomUUID().toString()));
        }
        return limited(() -> verifier.verifyPdf(pdf));
    }

    @GetMapping(PATH)
    public ResponseEntity<?> verifyCode(@RequestParam(required = false) String number,
                                        @RequestParam(required = false) String code) {
        return limited(() -> verifier.verifyCode(number, code));
    }

    private ResponseEntity<?> limited(Supplier<ReportVerification> verification) {
        if (!rate.acquirePermission()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", Refusal.RETRY_AFTER_SECONDS)
                    .body(new ErrorBody("TOO_MANY_VERIFICATIONS", "the platform is verifying as many reports as it "
                            + "can now; try again shortly", UUID.randomUUID().toString()));
        }
        return ResponseEntity.ok(verification.get());
    }
}
