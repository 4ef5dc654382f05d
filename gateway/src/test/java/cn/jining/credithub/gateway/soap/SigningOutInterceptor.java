package cn.jining.credithub.gateway.soap;

import cn.jining.credithub.gateway.SignedSubmissions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.cxf.interceptor.MessageSenderInterceptor;
import org.apache.cxf.interceptor.StaxOutInterceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Signs a CXF client's SOAP requests the way a bureau's client does (docs/rest-api.md, "Authentication"): the
 * envelope is written to a buffer, its signature headers are computed over those exact bytes, and only then is
 * anything sent (the HTTP conduit takes its headers at the first byte written).
 */
final class SigningOutInterceptor extends AbstractPhaseInterceptor<Message> {

    private final SignedSubmissions signer;
    private final String sourceId;
    private final URI url;

    SigningOutInterceptor(SignedSubmissions signer, String sourceId, URI url) {
        super(Phase.PRE_STREAM);
        addBefore(StaxOutInterceptor.class.getName());
        this.signer = signer;
        this.sourceId = sourceId;
        this.url = url;
    }

    @Override
    public void handleMessage(Message message) {
        OutputStream wire = message.getContent(OutputStream.class);
        ByteArrayOutputStream envelope = new ByteArrayOutputStream();
        message.setContent(OutputStream.class, envelope);
        message.getInterceptorChain().add(new SendSigned(wire, envelope));
    }

    /** After the envelope is complete and before the conduit closes: headers first, then the same bytes. */
    private final class SendSigned extends AbstractPhaseInterceptor<Message> {
        private final OutputStream wire;
        private final ByteArrayOutputStream envelope;

        SendSigned(OutputStream wire, ByteArrayOutputStream envelope) {
            super(Phase.PREPARE_SEND_ENDING);
            addBefore(MessageSenderInterceptor.MessageSenderEndingInterceptor.class.getName());
            this.wire = wire;
            this.envelope = envelope;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void handleMessage(Message message) {
            byte[] body = envelope.toByteArray();
            Map<String, List<String>> headers = (Map<String, List<String>>) message.get(Message.PROTOCOL_HEADERS);
            if (headers == null) {
                headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                message.put(Message.PROTOCOL_HEADERS, headers);
            }
            for (Map.Entry<String, String> header : signer.headers(url, sourceId, body, Instant.now()).entrySet()) {
                headers.put(header.getKey(), List.of(header.getValue()));
            }
            try {
                wire.write(body);
                wire.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            message.setContent(OutputStream.class, wire);
        }
    }
}
