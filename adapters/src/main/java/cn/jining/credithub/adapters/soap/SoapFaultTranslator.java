package cn.jining.credithub.adapters.soap;

import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Answers every failure of the SOAP channel with the same kind of fault: SOAP {@code Client} for what the
 * source must change (refused batch, malformed or invalid XML), {@code Server} for what the hub must fix, and
 * a {@code submissionFault} detail with a stable code, a message naming what and where, and a correlation id.
 * The stack trace, if any, goes to the log only.
 */
public class SoapFaultTranslator extends AbstractSoapInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(SoapFaultTranslator.class);
    static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    /** A fault message quotes the request at most this far (schema messages echo the offending value). */
    static final int MAX_MESSAGE = 400;

    public SoapFaultTranslator() {
        // Before the fault is written (MARSHAL); nothing else on the hub's fault chain runs earlier.
        super(Phase.PRE_LOGICAL);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        Exception failure = message.getContent(Exception.class);
        if (failure == null) {
            return;
        }
        String correlationId = UUID.randomUUID().toString();
        Answer answer = answer(failure);
        if (answer.serverSide()) {
            LOG.error("SOAP request {} failed", correlationId, failure);
        } else {
            // The source's mistake: one line, no stack trace (a client cannot fill the log with them).
            LOG.warn("SOAP request {} refused: {} {}", correlationId, answer.code(), answer.message());
        }
        QName faultCode = answer.serverSide() ? message.getVersion().getReceiver()
                : isVersionMismatch(failure) ? message.getVersion().getVersionMismatch() : message.getVersion().getSender();
        SoapFault fault = new SoapFault(answer.message(), faultCode);
        if (Refusal.UNAVAILABLE.name().equals(answer.code())) {
            // As on every channel: 503 with Retry-After, so a source's client retries instead of giving up on a 500.
            fault.setStatusCode(Refusal.UNAVAILABLE.httpStatus());
            retryAfter(message);
        }
        Element detail = fault.getOrCreateDetail();
        Document document = detail.getOwnerDocument();
        Element info = document.createElementNS(SoapSubmissionRoute.NAMESPACE, "h:submissionFault");
        info.appendChild(child(document, "code", answer.code()));
        info.appendChild(child(document, "message", answer.message()));
        info.appendChild(child(document, "correlationId", correlationId));
        detail.appendChild(info);
        message.setContent(Exception.class, fault);
    }

    /** The stable code and the message for a failure, by what caused it (the message safe to put into XML). */
    static Answer answer(Throwable failure) {
        Answer answer = unsafeAnswer(failure);
        return new Answer(answer.code(), XmlText.safe(answer.message(), MAX_MESSAGE * 2), answer.serverSide());
    }

    private static Answer unsafeAnswer(Throwable failure) {
        if (isVersionMismatch(failure)) {
            return new Answer(Refusal.MALFORMED.name(), "this service speaks SOAP 1.1 only: the envelope must be in the "
                    + "namespace http://schemas.xmlsoap.org/soap/envelope/ (submission.wsdl)", false);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SubmissionRefusedException refused) {
                return new Answer(refused.refusal().name(), refused.getMessage(), false);
            }
            if (cause instanceof jakarta.jms.JMSException || cause instanceof org.springframework.jms.JmsException) {
                return new Answer(Refusal.UNAVAILABLE.name(),
                        "the hub's queue is unavailable; nothing of this batch was accepted", true);
            }
            if (cause instanceof org.springframework.dao.DataAccessException) {
                return new Answer(Refusal.UNAVAILABLE.name(), "the hub cannot record this batch now (its database is "
                        + "unavailable); send the same batch again later, records already taken are not duplicated", true);
            }
            if (cause instanceof XMLStreamException) {
                String reason = text(cause);
                // SECURITY: CXF's parser refuses a DTD outright, so no entity of it (XXE, expansion) is ever read.
                if (reason.contains("event DTD")) {
                    reason = "a DTD (<!DOCTYPE>) is not accepted; entity declarations and external entities are refused"
                            + reason.substring(reason.indexOf(" (line") < 0 ? reason.length() : reason.indexOf(" (line"));
                }
                return new Answer(Refusal.MALFORMED.name(), "the request is not well-formed XML: " + reason, false);
            }
        }
        // CXF's own refusals before the route (schema validation, an unknown operation, a missing SOAP body) are
        // client faults; their messages name the element and rule and carry no stack trace.
        if (failure instanceof SoapFault soap && isSender(soap) || failure instanceof Fault fault && isClient(fault)) {
            return new Answer(Refusal.MALFORMED.name(), "the request does not match the service contract "
                    + "(submission.wsdl): " + text(failure), false);
        }
        return new Answer(INTERNAL_ERROR,
                "the hub failed to process this request; quote the correlation id to the operators", true);
    }

    private static boolean isSender(SoapFault fault) {
        String local = fault.getFaultCode().getLocalPart();
        return "Client".equals(local) || "Sender".equals(local) || "MustUnderstand".equals(local);
    }

    /** A SOAP 1.2 (or other) envelope sent to this SOAP 1.1 service: CXF's own VersionMismatch fault. */
    private static boolean isVersionMismatch(Throwable failure) {
        return failure instanceof SoapFault soap && "VersionMismatch".equals(soap.getFaultCode().getLocalPart());
    }

    private static boolean isClient(Fault fault) {
        return Fault.FAULT_CODE_CLIENT.equals(fault.getFaultCode());
    }

    /** One line, bounded (parser messages can quote the input), the parser's location as line and column. */
    private static String text(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        message = message.replaceAll("\\s+", " ").trim()
                .replaceFirst("^Unmarshalling Error: ", "")
                .replaceFirst("\\.? at \\[row,col [^\\]]*\\]: \\[(\\d+),(\\d+)\\]$", " (line $1, column $2)");
        return XmlText.safe(message, MAX_MESSAGE);
    }

    @SuppressWarnings("unchecked")
    private static void retryAfter(SoapMessage message) {
        Map<String, List<String>> headers = (Map<String, List<String>>) message.get(Message.PROTOCOL_HEADERS);
        if (headers == null) {
            headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            message.put(Message.PROTOCOL_HEADERS, headers);
        }
        headers.put("Retry-After", List.of(Refusal.RETRY_AFTER_SECONDS));
    }

    private static Element child(Document document, String name, String text) {
        Element element = document.createElementNS(SoapSubmissionRoute.NAMESPACE, "h:" + name);
        element.setTextContent(text);
        return element;
    }

    /** A fault's code and message; {@code serverSide} when the hub, not the source, has to act. */
    record Answer(String code, String message, boolean serverSide) {
    }
}
