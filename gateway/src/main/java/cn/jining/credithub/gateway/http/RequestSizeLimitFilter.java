package cn.jining.credithub.gateway.http;

import cn.jining.credithub.contracts.exchange.ErrorBody;
import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.json.ContractsJson;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one bound on request bodies for every HTTP channel: a declared length over the limit is refused
 * before a byte is read; a chunked body is read up to the limit and refused as soon as it passes it.
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
            refuse(response, declared + " bytes declared");
            return;
        }
        if (declared >= 0) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream());
        if (body == null) {
            refuse(response, "more than " + maxBytes + " bytes sent");
            return;
        }
        chain.doFilter(new BufferedRequest(request, body), response);
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

    private void refuse(HttpServletResponse response, String what) throws IOException {
        ErrorBody body = new ErrorBody(Refusal.TOO_LARGE.name(),
                "the request body is too large (" + what + "); at most " + maxBytes + " bytes are accepted",
                UUID.randomUUID().toString());
        response.setStatus(Refusal.TOO_LARGE.httpStatus());
        response.setContentType("application/json;charset=UTF-8");
        // The client may still be sending: tell it the connection ends here.
        response.setHeader("Connection", "close");
        response.getOutputStream().write(ContractsJson.mapper().writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }

    /** A request whose body was already read into memory (bounded). */
    private static final class BufferedRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }
    }
}
