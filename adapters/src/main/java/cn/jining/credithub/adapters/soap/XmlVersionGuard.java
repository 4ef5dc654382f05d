package cn.jining.credithub.adapters.soap;

import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import javax.xml.stream.XMLStreamReader;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.interceptor.StaxInInterceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Refuses XML 1.1 envelopes before anything reads them: XML 1.1 admits control characters (as {@code &#1;})
 * that no destination stores and no XML 1.0 answer can quote back. The channel's contract is XML 1.0.
 */
final class XmlVersionGuard extends AbstractPhaseInterceptor<Message> {

    XmlVersionGuard() {
        super(Phase.POST_STREAM);
        addAfter(StaxInInterceptor.class.getName());
    }

    @Override
    public void handleMessage(Message message) {
        XMLStreamReader reader = message.getContent(XMLStreamReader.class);
        String version = reader == null ? null : reader.getVersion();
        if (version != null && !"1.0".equals(version)) {
            throw new Fault(new SubmissionRefusedException(Refusal.MALFORMED, "the request is XML " + XmlText.safe(version, 8)
                    + "; this service takes XML 1.0 only (submission.wsdl)"));
        }
    }
}
