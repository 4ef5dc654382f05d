package cn.jining.credithub.gateway.http;

import cn.jining.credithub.contracts.exchange.ErrorBody;
import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.json.ContractsJson;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one gate on request bodies for every HTTP channel: a declared length over the limit is refused
 * before a byte is read; any other body is read up to the limit and refused as soon as it passes it; a
 * JSON body that is not valid UTF-8 is refused rather than decoded into replacement characters.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    public RequestSizeLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(response, Refusal.TOO_LARGE, tooLarge(declared + " bytes declared"));
            return;
        }
        // Read the (bounded) body here, for declared and chunked lengths alike: the HTTP consumer downstream
        // then reads plain bytes and never touches the container's reader, whose charset handling breaks on
        // bodies that are not what they claim to be.
        byte[] body = readAtMost(request.getInputStream());
        if (body == null) {
            refuse(response, Refusal.TOO_LARGE, tooLarge("more than " + maxBytes + " bytes sent"));
            return;
        }
        if (isUtf8Json(request.getContentType()) && !isUtf8(body)) {
            refuse(response, Refusal.MALFORMED, "the body is not valid UTF-8; JSON submissions are UTF-8 only");
            return;
        }
        chain.doFilter(new BufferedRequest(request, body), response);
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

    private byte[] readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > maxBytes) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private String tooLarge(String what) {
        return "the request body is too large (" + what + "); at most " + maxBytes + " bytes are accepted";
    }

    private static void refuse(HttpServletResponse response, Refusal refusal, String message) throws IOException {
        ErrorBody body = new ErrorBody(refusal.name(), message, UUID.randomUUID().toString());
        response.setStatus(refusal.httpStatus());
        response.setContentType("application/json;charset=UTF-8");
        // The client may still be sending: tell it the connection ends here.
        response.setHeader("Connection", "close");
        response.getOutputStream().write(ContractsJson.mapper().writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }
}
