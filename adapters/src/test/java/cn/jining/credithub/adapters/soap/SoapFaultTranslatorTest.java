package cn.jining.credithub.adapters.soap;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import jakarta.jms.JMSException;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.MessageImpl;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Every failure becomes the same fault: Client for the source's mistakes, Server for the hub's, never a stack trace. */
class SoapFaultTranslatorTest {

    @Test
    void aRefusalIsAClientFaultWithItsCodeMessageAndCorrelationId() {
        SoapFault fault = translate(new Fault(new SubmissionRefusedException(Refusal.UNKNOWN_SOURCE,
                "sourceId 'x' is not registered with this hub")));

        assertThat(fault.getFaultCode().getLocalPart()).isEqualTo("Client");
        assertThat(fault.getMessage()).isEqualTo("sourceId 'x' is not registered with this hub");
        assertThat(detail(fault, "code")).isEqualTo("UNKNOWN_SOURCE");
        assertThat(detail(fault, "message")).isEqualTo(fault.getMessage());
        assertThat(detail(fault, "correlationId")).hasSize(36);
    }

    @Test
    void aBrokerOutageIsAServerFaultSayingNothingWasAccepted() {
        SoapFault fault = translate(new Fault(new IllegalStateException("send failed", new JMSException("AMQ219010"))));

        assertThat(fault.getFaultCode().getLocalPart()).isEqualTo("Server");
        assertThat(detail(fault, "code")).isEqualTo("UNAVAILABLE");
        assertThat(fault.getMessage()).isEqualTo("the hub's queue is unavailable; nothing of this batch was accepted");
    }

    @Test
    void anythingUnexpectedIsAServerFaultThatRevealsNothingOfTheHub() {
        SoapFault fault = translate(new Fault(new NullPointerException("Cannot invoke \"String.length()\" at Secret.java:12")));

        assertThat(fault.getFaultCode().getLocalPart()).isEqualTo("Server");
        assertThat(detail(fault, "code")).isEqualTo("INTERNAL_ERROR");
        assertThat(fault.getMessage()).isEqualTo(
                "the hub failed to process this request; quote the correlation id to the operators");
    }

    private static SoapFault translate(Exception failure) {
        SoapMessage message = new SoapMessage(new MessageImpl());
        message.setContent(Exception.class, failure);
        new SoapFaultTranslator().handleMessage(message);
        return (SoapFault) message.getContent(Exception.class);
    }

    private static String detail(SoapFault fault, String name) {
        Element info = (Element) fault.getDetail().getElementsByTagNameNS(SoapSubmissionRoute.NAMESPACE, "submissionFault").item(0);
        return info.getElementsByTagNameNS(SoapSubmissionRoute.NAMESPACE, name).item(0).getTextContent();
    }
}
