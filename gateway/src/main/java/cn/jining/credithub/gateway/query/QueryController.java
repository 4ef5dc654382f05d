package cn.jining.credithub.gateway.query;

import cn.jining.credithub.contracts.auth.SignedRequest;
import cn.jining.credithub.contracts.exchange.ErrorBody;
import cn.jining.credithub.repository.query.SubjectSummary;
import cn.jining.credithub.services.policy.PolicyRule;
import cn.jining.credithub.services.policy.QueryRefusedException;
import cn.jining.credithub.services.query.BatchCheckResult;
import cn.jining.credithub.services.query.QueryRequest;
import cn.jining.credithub.services.query.SubjectProfile;
import cn.jining.credithub.services.query.WhoQueriedMe;
import cn.jining.credithub.services.report.CreditReport;
import cn.jining.credithub.services.report.IssuedCreditReport;
import cn.jining.credithub.services.report.ReportComposer;
import cn.jining.credithub.services.report.ReportIssuer;
import cn.jining.credithub.services.report.ReportNumbers;
import cn.jining.credithub.services.report.ReportUnavailableException;
import cn.jining.credithub.services.voucher.VoucherOffice;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The query API (docs/query.md, contracts' query OpenAPI): POSTed JSON, signed like submissions (the signature filter
 * authenticates every /api request and names the party); every answer or refusal is audited by the services, every
 * error is the one JSON error body.
 */
@RestController
public class QueryController {

    public static final String BASE = "/api/v1/query";
    private static final Logger LOG = LoggerFactory.getLogger(QueryController.class);
    private final QueryConfiguration.QueryServices services;
    private final ReportIssuer reports;
    private final ReportComposer composer;
    private final Clock clock;

    public QueryController(QueryConfiguration.QueryServices services, ReportIssuer reports, ReportNumbers numbers,
                           Clock clock) {
        this.services = services;
        this.reports = reports;
        this.composer = new ReportComposer(numbers);
        this.clock = clock;
    }

    /** A profile query's body; the party comes from the signature, never from the body. */
    public record ProfileBody(String requestId, String onBehalfOf, String code, String subjectCategory, String purpose,
                              List<String> categories, String voucher, boolean identityChecked) {
    }

    public record BatchBody(String requestId, String onBehalfOf, String purpose, List<String> codes) {
    }

    public record IssueBody(String operator, boolean identityChecked, String code, String subjectCategory, String kind,
                            String grantee, List<String> categories, String purpose, Instant expiresAt) {
    }

    public record RevokeBody(String operator, String voucherId, String reason) {
    }

    public record Issued(String voucherId, String token, Instant expiresAt) {
    }

    @PostMapping(BASE + "/profile")
    public ResponseEntity<?> profile(@RequestBody ProfileBody body, HttpServletRequest http) {
        return services.profiles().query(request(body, party(http))).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> notFound(body.code()));
    }

    /**
     * The subject's credit report (docs/reports.md): exactly the profile this party may query (the same policy, purpose,
     * voucher and audit), signed and registered; PDF when asked ({@code ?format=pdf}), else JSON.
     */
    @PostMapping(BASE + "/report")
    public ResponseEntity<?> report(@RequestBody ProfileBody body, @RequestParam(defaultValue = "json") String format,
                                    HttpServletRequest http) {
        if (!format.equals("json") && !format.equals("pdf")) {
            return error(HttpStatus.BAD_REQUEST, PolicyRule.BAD_REQUEST.name(), "format: json or pdf");
        }
        String party = party(http);
        Optional<SubjectProfile> profile = services.profiles().query(request(body, party));
        if (profile.isEmpty()) {
            return notFound(body.code());
        }
        CreditReport content = composer.compose(profile.get(), party, body.purpose(), clock.instant());
        if (format.equals("json")) {
            IssuedCreditReport issued = reports.issueJson(content);
            return ResponseEntity.ok(new IssuedReportBody(issued.report(), issued.contentSm3(),
                    issued.signatureBase64()));
        }
        IssuedCreditReport issued = reports.issuePdf(content);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"" + content.reportNumber() + ".pdf\"")
                .header("X-Report-Number", content.reportNumber())
                .body(issued.pdf());
    }

    /** A report issued as JSON: the signed content, its SM3 and the platform's SM2 signature over it. */
    public record IssuedReportBody(CreditReport report, String contentSm3, String signature) {
    }

    @ExceptionHandler(ReportUnavailableException.class)
    ResponseEntity<ErrorBody> reportUnavailable(ReportUnavailableException e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, "REPORT_UNAVAILABLE", e.getMessage());
    }

    @PostMapping(BASE + "/who-queried-me")
    public ResponseEntity<?> whoQueriedMe(@RequestBody ProfileBody body, HttpServletRequest http) {
        return services.whoQueried().list(request(body, party(http))).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> notFound(body.code()));
    }

    @PostMapping(BASE + "/batch-check")
    public BatchCheckResult batchCheck(@RequestBody BatchBody body, HttpServletRequest http) {
        return services.batch().check(requestId(body.requestId()), party(http), body.onBehalfOf(), body.purpose(),
                body.codes());
    }

    @PostMapping(BASE + "/vouchers")
    public ResponseEntity<?> issue(@RequestBody IssueBody body, HttpServletRequest http) {
        List<SubjectSummary> subjects = services.directory().byCode(body.code()).stream()
                .filter(s -> body.subjectCategory() == null || s.subjectCategory().equals(body.subjectCategory()))
                .toList();
        if (subjects.size() != 1) {
            return subjects.isEmpty() ? notFound(body.code()) : refusal(new QueryRefusedException(PolicyRule.BAD_REQUEST,
                    "code names " + subjects.size() + " subjects; give subjectCategory"));
        }
        VoucherOffice.Issued issued = services.vouchers().issue(new VoucherOffice.Grant(party(http), body.operator(),
                body.identityChecked(), subjects.get(0), body.kind(), body.grantee(), body.categories(), body.purpose(),
                body.expiresAt()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Issued(issued.voucher().voucherId(), issued.token(),
                issued.voucher().expiresAt()));
    }

    @PostMapping(BASE + "/vouchers/revoke")
    public ResponseEntity<?> revoke(@RequestBody RevokeBody body, HttpServletRequest http) {
        boolean revoked = services.vouchers().revoke(party(http), body.operator(), body.voucherId(), body.reason());
        return ResponseEntity.ok(java.util.Map.of("voucherId", body.voucherId(), "revoked", revoked));
    }

    @ExceptionHandler(QueryRefusedException.class)
    ResponseEntity<ErrorBody> refusal(QueryRefusedException refused) {
        HttpStatus status = switch (refused.rule()) {
            case RATE_LIMIT, DAILY_QUOTA -> HttpStatus.TOO_MANY_REQUESTS;
            case BAD_REQUEST, BATCH_TOO_LARGE -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.FORBIDDEN;
        };
        return error(status, refused.rule().name(), refused.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
        // The parser's own message names the line and column, not our classes.
        String detail = e.getMostSpecificCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json
                ? json.getOriginalMessage() : "the body is not a JSON object of this request";
        return error(HttpStatus.BAD_REQUEST, "MALFORMED", detail);
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ErrorBody> database(DataAccessException e) {
        String id = UUID.randomUUID().toString();
        LOG.error("query {} failed on the database", id, e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(new ErrorBody("UNAVAILABLE",
                "the repository cannot be read now; try again later", id));
    }

    private static ResponseEntity<ErrorBody> error(HttpStatus status, String code, String message) {
        String id = UUID.randomUUID().toString();
        LOG.info("query answered {} {} ({}): {}", status.value(), code, id, message);
        return ResponseEntity.status(status).body(new ErrorBody(code, message, id));
    }

    private static ResponseEntity<?> notFound(String code) {
        return error(HttpStatus.NOT_FOUND, "NOT_FOUND", "no subject has this code");
    }

    private static QueryRequest request(ProfileBody body, String party) {
        return new QueryRequest(requestId(body.requestId()), party, body.onBehalfOf(), body.code(),
                body.subjectCategory(), body.purpose(), body.categories(), body.voucher(), body.identityChecked());
    }

    /** The caller's id when it is a plain one of at most 64 characters; else the hub's. */
    private static String requestId(String given) {
        if (given == null || given.isBlank()) {
            return UUID.randomUUID().toString();
        }
        if (!given.matches("[A-Za-z0-9._:-]{1,64}")) {
            throw new QueryRefusedException(PolicyRule.BAD_REQUEST, "requestId: 1-64 of A-Z a-z 0-9 . _ : -");
        }
        return given;
    }

    private static String party(HttpServletRequest http) {
        // Set only by the signature filter (a client's header of this name is dropped at the edge).
        String party = http.getHeader(SignedRequest.AUTHENTICATED_SOURCE);
        if (party == null) {
            throw new QueryRefusedException(PolicyRule.NO_POLICY, "the request is not signed by a registered party");
        }
        return party;
    }
}
