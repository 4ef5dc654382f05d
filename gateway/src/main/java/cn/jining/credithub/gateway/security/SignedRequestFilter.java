package cn.jining.credithub.gateway.security;

import cn.jining.credithub.contracts.auth.RequestVerifier;
import cn.jining.credithub.contracts.auth.SignedRequest;
import cn.jining.credithub.contracts.exchange.Refusal;
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
        if ("GET".equals(request.getMethod()) && isSoap(servedPath) && !isContractFetch(request)) {
            // Not a SOAP request (the channel takes POSTed envelopes): a client fault, never CXF's HTML or trace.
            LOG.warn("GET {} from {} answered with a SOAP Client fault: only ?wsdl and ?xsd= are served by GET",
                    request.getRequestURI(), request.getRemoteAddr());
            RefusalAnswer.write(response, true, new SubmissionRefusedException(Refusal.MALFORMED, "the SOAP channel "
                    + "takes signed SOAP 1.1 envelopes by POST; GET serves only its contract, "
                    + SOAP_PREFIX + "submissions?wsdl (docs/soap.md)"), UUID.randomUUID().toString());
            return;
        }
        if (isExempt(request, servedPath)) {
            // The size filter reads this body (under the same gate) for the channel that authenticates it.
            chain.doFilter(new AuthenticatedRequest(request, Map.of()), response);
            return;
        }
        Verified verified;
        try {
            // SECURITY: the headers alone decide whether the body is worth reading; an anonymous or stale request
            // is answered before a byte of it is read, so a flood of them costs no heap.
            RequestVerifier.Claimed claimed = verifier.claimed(request.getHeader(SignedRequest.SOURCE_HEADER),
                    request.getHeader(SignedRequest.TIMESTAMP_HEADER), request.getHeader(SignedRequest.SIGNATURE_HEADER));
            verified = bodies.read(request, body -> new Verified(
                    verifier.verify(claimed, request.getMethod(), path, body.sm3Hex()), body.bytes()));
        } catch (SubmissionRefusedException refused) {
            refuse(request, servedPath, response, refused);
            return;
        }
        RequestVerifier.Authenticated authenticated = verified.source();
        chain.doFilter(new AuthenticatedRequest(new BufferedRequest(request, verified.body()), Map.of(
                SignedRequest.AUTHENTICATED_SOURCE, authenticated.sourceId(),
                SignedRequest.REQUEST_TIMESTAMP, authenticated.timestamp().toString(),
                SignedRequest.REMOTE_ADDRESS, String.valueOf(request.getRemoteAddr()))), response);
    }

    /** Exempt: the configured prefixes, and fetching the SOAP contract (GET ...?wsdl), which submits nothing. */
    private boolean isExempt(HttpServletRequest request, String path) {
        if ("GET".equals(request.getMethod()) && isSoap(path) && isContractFetch(request)) {
            return true;
        }
        // A whole path segment: /api/v1/province/downward exempts /api/v1/province/downward/x, not .../downwardX.
        return exemptPaths.stream().anyMatch(exempt -> path.equals(exempt)
                || path.startsWith(exempt.endsWith("/") ? exempt : exempt + "/"));
    }

    private static boolean isSoap(String path) {
        return path.startsWith(SOAP_PREFIX) || path.equals(SOAP_PREFIX.substring(0, SOAP_PREFIX.length() - 1));
    }

    /** {@code ?wsdl}, {@code ?wsdl=...} or {@code ?xsd=...}: the WSDL and its schema, as CXF serves them. */
    private static boolean isContractFetch(HttpServletRequest request) {
        return request.getParameterMap().keySet().stream()
                .anyMatch(name -> name.equalsIgnoreCase("wsdl") || name.equalsIgnoreCase("xsd"));
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
        RefusalAnswer.write(response, isSoap(servedPath), refused, correlationId);
        response.flushBuffer();
    }

    /** A body whose signature verified, and who signed it. */
    private record Verified(RequestVerifier.Authenticated source, byte[] body) {
    }
}
