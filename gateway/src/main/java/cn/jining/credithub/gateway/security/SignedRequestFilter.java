package cn.jining.credithub.gateway.security;

import cn.jining.credithub.contracts.auth.RequestVerifier;
import cn.jining.credithub.contracts.auth.SignedRequest;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import cn.jining.credithub.gateway.http.BodyGate;
import cn.jining.credithub.gateway.http.BufferedRequest;
import cn.jining.credithub.routes.intake.RefusedSubmission;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every request to the push channels (REST under /api, SOAP under /soap) by its signed headers
 * (docs/rest-api.md, "Authentication") and passes the authenticated source on as the internal header
 * {@link SignedRequest#AUTHENTICATED_SOURCE}, which the channels turn into the Camel header the intake checks.
 * The headers are checked before the body is read; the body is then read through the {@link BodyGate} (bounded,
 * capped, hashed as it streams) and the signature verified over its hash. A refusal is answered here (JSON error
 * body, or a SOAP fault under /soap) and audited as a REFUSAL entry. Runs first, before the size filter.
 */
public class SignedRequestFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SignedRequestFilter.class);
    static final String SOAP_PREFIX = "/soap/";
    private final RequestVerifier verifier;
    private final List<String> exemptPaths;
    private final Consumer<RefusedSubmission> refusals;
    private final BodyGate bodies;

    /**
     * @param exemptPaths path prefixes authenticated otherwise (the province's sealed downward batches, the
     *                    operators' admin API behind its own login); internal headers are stripped there too
     */
    public SignedRequestFilter(RequestVerifier verifier, List<String> exemptPaths, Consumer<RefusedSubmission> refusals,
                               BodyGate bodies) {
        this.verifier = verifier;
        this.bodies = bodies;
        this.exemptPaths = List.copyOf(exemptPaths);
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The raw path is what the source signed; the container's normalised one (no "..", ";", %-escapes) is what
        // a servlet will serve, so exemptions are decided on that: "/api/v1/province/downward/../../v1/submissions"
        // is not exempt.
        String path = request.getRequestURI();
        String servedPath = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (isExempt(request, servedPath)) {
            // The size filter reads this body (under the same gate) for the channel that authenticates it.
            chain.doFilter(new AuthenticatedRequest(request, Map.of()), response);
            return;
        }
        RequestVerifier.Authenticated authenticated;
        BodyGate.Body body;
        try {
            // SECURITY: the headers alone decide whether the body is worth reading; an anonymous or stale request
            // is answered before a byte of it is read, so a flood of them costs no heap.
            RequestVerifier.Claimed claimed = verifier.claimed(request.getHeader(SignedRequest.SOURCE_HEADER),
                    request.getHeader(SignedRequest.TIMESTAMP_HEADER), request.getHeader(SignedRequest.SIGNATURE_HEADER));
            body = bodies.read(request);
            authenticated = verifier.verify(claimed, request.getMethod(), path, body.sm3Hex());
        } catch (SubmissionRefusedException refused) {
            refuse(request, servedPath, response, refused);
            return;
        }
        chain.doFilter(new AuthenticatedRequest(new BufferedRequest(request, body.bytes()), Map.of(
                SignedRequest.AUTHENTICATED_SOURCE, authenticated.sourceId(),
                SignedRequest.REQUEST_TIMESTAMP, authenticated.timestamp().toString(),
                SignedRequest.REMOTE_ADDRESS, String.valueOf(request.getRemoteAddr()))), response);
    }

    /** Exempt: the configured prefixes, and fetching the SOAP contract (GET ...?wsdl), which submits nothing. */
    private boolean isExempt(HttpServletRequest request, String path) {
        if ("GET".equals(request.getMethod()) && path.startsWith(SOAP_PREFIX)) {
            return true;
        }
        // A whole path segment: /api/v1/province/downward exempts /api/v1/province/downward/x, not .../downwardX.
        return exemptPaths.stream().anyMatch(exempt -> path.equals(exempt)
                || path.startsWith(exempt.endsWith("/") ? exempt : exempt + "/"));
    }

    private void refuse(HttpServletRequest request, String servedPath, HttpServletResponse response,
                        SubmissionRefusedException refused) throws IOException {
        String correlationId = UUID.randomUUID().toString();
        String claimed = request.getHeader(SignedRequest.SOURCE_HEADER);
        LOG.info("request {} {} from {} (claims source {}) refused: {} {} [{}]", request.getMethod(),
                request.getRequestURI(), request.getRemoteAddr(), claimed, refused.refusal(), refused.getMessage(),
                correlationId);
        try {
            refusals.accept(new RefusedSubmission(claimed == null || claimed.isBlank() ? "-" : claimed, null,
                    refused.refusal().name(), refused.getMessage(), request.getRemoteAddr(),
                    request.getMethod() + " " + request.getRequestURI()));
        } catch (RuntimeException e) {
            LOG.error("could not audit refused request {}", correlationId, e);
        }
        // The client may still be sending a body nobody reads: the answer goes out now and the connection ends.
        response.setHeader("Connection", "close");
        RefusalAnswer.write(response, servedPath.startsWith(SOAP_PREFIX), refused, correlationId);
        response.flushBuffer();
    }
}
