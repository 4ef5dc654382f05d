package cn.jining.credithub.gateway.soap;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.gateway.http.RawHttp;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.w3c.dom.Document;

/**
 * Whatever a client sends, the SOAP channel answers with a well-formed SOAP 1.1 envelope: a SOAP 1.2 envelope
 * gets VersionMismatch, a bare GET a Client fault (no HTML, no stack trace), a schema fault never echoes
 * characters XML cannot carry; client errors log one line without a stack trace; the WSDL's address is the
 * configured one, whatever Host the request names.
 */
@ExtendWith(OutputCaptureExtension.class)
class SoapAnswersTest extends SoapTestSupport {

    @Test
    void aSoap12EnvelopeGetsAWellFormedVersionMismatchFault(CapturedOutput log) {
        String body = "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\" "
                + "xmlns:sub=\"http://credithub.jining.cn/submission/v1\"><env:Body><sub:submissionRequest sourceId=\""
                + SOURCE + "\" batchId=\"soap12\"/></env:Body></env:Envelope>";

        String answer = postSoap(body.getBytes(StandardCharsets.UTF_8), "application/soap+xml; charset=UTF-8").body();

        Document fault = wellFormed(answer);
        assertThat(text(fault, "faultcode")).endsWith(":VersionMismatch");
        assertThat(text(fault, "code")).isEqualTo("MALFORMED");
        assertThat(text(fault, "message")).contains("SOAP 1.1").contains("http://schemas.xmlsoap.org/soap/envelope/");
        assertNoStackTrace(answer, log);
    }

    @Test
    void aBareGetIsAClientFaultNotAPageOrATrace(CapturedOutput log) {
        for (String path : new String[] {"/soap/submissions", "/soap/", "/soap/submissions?operation=submit",
                "/soap/no-such-service"}) {
            try (RawHttp get = RawHttp.open(port, "GET", path, Map.of(), new byte[0])) {
                String answer = get.answer("</soap:Envelope>");
                assertThat(answer).as(path).containsIgnoringCase("content-type: text/xml");
                Document fault = wellFormed(answer.substring(answer.indexOf("\r\n\r\n") + 4));
                assertThat(text(fault, "faultcode")).as(path).isEqualTo("soap:Client");
                assertThat(text(fault, "message")).as(path).contains("?wsdl");
                assertNoStackTrace(answer, log);
            }
        }
    }

    @Test
    void aSchemaFaultNeverEchoesCharactersXmlCannotCarry(CapturedOutput log) {
        // XML 1.1 admits C0 controls as character references; the schema's length message quotes the value back.
        String batchId = "&#1;&#x1F;bad" + "x".repeat(5000);
        String body = "<?xml version=\"1.1\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv="
                + "\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:sub=\"http://credithub.jining.cn/submission/v1\">"
                + "<soapenv:Body><sub:submissionRequest sourceId=\"" + SOURCE + "\" batchId=\"" + batchId + "\">"
                + "<sub:record recordId=\"R-1\" category=\"ADMIN_PENALTY\"><sub:field name=\"a\">b</sub:field></sub:record>"
                + "</sub:submissionRequest></soapenv:Body></soapenv:Envelope>";

        String answer = postSoap(body.getBytes(StandardCharsets.UTF_8), "text/xml; charset=UTF-8").body();

        Document fault = wellFormed(answer);
        assertThat(text(fault, "faultcode")).isEqualTo("soap:Client");
        assertThat(text(fault, "code")).isEqualTo("MALFORMED");
        assertThat(text(fault, "message")).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]").hasSizeLessThan(600);
        assertThat(answer).doesNotContain("&#1;").doesNotContain("&#x1;");
        assertNoStackTrace(answer, log);
    }

    @Test
    void theWsdlNamesTheConfiguredAddressWhateverHostTheRequestNames() {
        try (RawHttp get = RawHttp.open(port, "GET", "/soap/submissions?wsdl", Map.of("X-Forwarded-Host", "evil.example"),
                new byte[0])) {
            // RawHttp sends Host: 127.0.0.1:<port>; a second Host would be a 400, so the forged one rides as X-Forwarded-Host.
            String wsdl = get.answer("</wsdl:definitions>");
            assertThat(wsdl).contains("<soap:address location=\"" + PUBLIC_URL + "\"").doesNotContain("evil.example")
                    .doesNotContain("127.0.0.1:" + port);
        }
        try (RawHttp get = RawHttp.open(port, "GET", "/soap/submissions?wsdl", Map.of(), new byte[0],
                "hub.attacker.example")) {
            assertThat(get.answer("</wsdl:definitions>")).contains("<soap:address location=\"" + PUBLIC_URL + "\"")
                    .doesNotContain("attacker");
        }
    }

    private static void assertNoStackTrace(String answer, CapturedOutput log) {
        assertThat(answer).doesNotContain("Exception").doesNotContain("\tat ").doesNotContainIgnoringCase("<html");
        // Only the SOAP channel's lines: other hubs of the test JVM (cached contexts) log their own errors meanwhile.
        assertThat(log.getAll()).doesNotContain("\tat org.apache.cxf").doesNotContain("\tat cn.jining.credithub.adapters.soap")
                .doesNotContainPattern("ERROR[^\n]*(Soap|cxf|SignedRequest)");
    }

    private static Document wellFormed(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static String text(Document document, String localName) {
        var nodes = document.getElementsByTagNameNS("*", localName);
        if (nodes.getLength() == 0) {
            nodes = document.getElementsByTagName(localName);
        }
        assertThat(nodes.getLength()).as("<%s>", localName).isPositive();
        return nodes.item(0).getTextContent();
    }
}
