package cn.jining.credithub.adapters.soap;

import java.util.function.Supplier;
import org.apache.cxf.frontend.WSDLGetUtils;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * SECURITY: the WSDL's {@code soap:address} (and its schema links) name the hub's configured public address,
 * never the Host header of the request that fetched it, which CXF would otherwise copy in (a client could make
 * the hub publish an address of its choosing to every cache and proxy between).
 */
final class PublishedAddress extends AbstractPhaseInterceptor<Message> {

    private final Supplier<String> publicUrl;

    /** @param publicUrl the service's public URL, asked for each request (the HTTP port may be known only late) */
    PublishedAddress(Supplier<String> publicUrl) {
        super(Phase.RECEIVE);
        this.publicUrl = publicUrl;
    }

    @Override
    public void handleMessage(Message message) {
        message.put(WSDLGetUtils.PUBLISHED_ENDPOINT_URL, publicUrl.get());
    }
}
