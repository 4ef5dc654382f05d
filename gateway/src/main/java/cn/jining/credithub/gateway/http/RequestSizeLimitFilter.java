package cn.jining.credithub.gateway.http;

import cn.jining.credithub.contracts.exchange.ErrorBody;
import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import cn.jining.credithub.contracts.json.ContractsJson;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * The gate on request bodies for every HTTP channel, after the signature filter: a body that filter has not
 * already read (the exempt paths) is read here through the same {@link BodyGate}; a JSON body that is not
 * valid UTF-8 is refused rather than decoded into replacement characters.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final BodyGate bodies;

    public RequestSizeLimitFilter(BodyGate bodies) {
        this.bodies = bodies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Read the (bounded) body here, for declared and chunked lengths alike: the HTTP consumer downstream
        // then reads plain bytes and never touches the container's reader, whose charset handling breaks on
        // bodies that are not what they claim to be.
        BufferedRequest buffered = WebUtils.getNativeRequest(request, BufferedRequest.class);
        HttpServletRequest next = request;
        if (buffered == null) {
            try {
                buffered = new BufferedRequest(request, bodies.read(request, BodyGate.Body::bytes));
            } catch (SubmissionRefusedException refused) {
                refuse(response, refused.refusal(), refused.getMessage());
                return;
            }
            next = buffered;
        }
        if (isUtf8Json(request.getContentType()) && !isUtf8(buffered.body())) {
            refuse(response, Refusal.MALFORMED, "the body is not valid UTF-8; JSON submissions are UTF-8 only");
            return;
        }
        chain.doFilter(next, response);
    }

    /** JSON that claims (or defaults to) UTF-8; another declared charset is the channel's to refuse. */
    private static boolean isUtf8Json(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        return type.startsWith("application/json") && (!type.contains("charset=") || type.contains("charset=utf-8"));
    }

    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, Refusal refusal, String message) throws IOException {
        ErrorBody body = new ErrorBody(refusal.name(), message, UUID.randomUUID().toString());
        response.setStatus(refusal.httpStatus());
        response.setContentType("application/json;charset=UTF-8");
        if (refusal == Refusal.UNAVAILABLE) {
            response.setHeader("Retry-After", Refusal.RETRY_AFTER_SECONDS);
        }
        // The client may still be sending: tell it the connection ends here.
        response.setHeader("Connection", "close");
        response.getOutputStream().write(ContractsJson.mapper().writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }
}
