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

    @Test
    void aContractViolationQuotingTheRequestIsCutAndCarriesOnlyXmlCharacters() {
        String quoted = "bad\u0001\u001F\uFFFE\uD800" + "x".repeat(5000);
        SoapFault fault = translate(new Fault(new IllegalArgumentException(
                "cvc-maxLength-valid: Value '" + quoted + "' is not facet-valid"), Fault.FAULT_CODE_CLIENT));

        assertThat(fault.getFaultCode().getLocalPart()).isEqualTo("Client");
        assertThat(detail(fault, "code")).isEqualTo("MALFORMED");
        assertThat(fault.getMessage()).contains("Value 'bad\uFFFD\uFFFD\uFFFD\uFFFDxxx").endsWith("…")
                .hasSizeLessThan(SoapFaultTranslator.MAX_MESSAGE + 100);
    }

    @Test
    void xmlTextKeepsWhatXmlCarriesAndReplacesTheRest() {
        assertThat(XmlText.safe("济宁 a\tb\r\nc \uD83D\uDE00", 100)).isEqualTo("济宁 a b  c \uD83D\uDE00");
        assertThat(XmlText.safe("\u0000\u0008\u007F\u0085\uFDD0\uFFFF\uDC00", 100)).isEqualTo("\uFFFD".repeat(7));
        assertThat(XmlText.safe("abcdef", 3)).isEqualTo("abc…");
        assertThat(XmlText.safe(null, 3)).isEmpty();
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
