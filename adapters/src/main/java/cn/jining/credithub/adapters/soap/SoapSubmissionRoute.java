package cn.jining.credithub.adapters.soap;

import cn.jining.credithub.adapters.soap.ws.SubmissionPort;
import cn.jining.credithub.adapters.soap.ws.SubmissionRequest;
import cn.jining.credithub.contracts.exchange.Receipt;
import java.util.function.Supplier;
import javax.xml.namespace.QName;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.cxf.Bus;
import org.apache.cxf.message.MessageContentsList;

/**
 * The SOAP channel: the {@code submit} operation of {@code wsdl/submission.wsdl} (contracts), served by CXF on
 * the hub's HTTP server, hands the same Submission as REST to the same intake and answers with the receipt.
 * Refusals and malformed requests become SOAP faults ({@link SoapFaultTranslator}).
 */
public class SoapSubmissionRoute extends RouteBuilder {

    /** The error-policy configuration of the SOAP channel (defined by the hub's ErrorPolicy). */
    static final String SOAP_CHANNEL_POLICY = "soap-channel";
    /** Relative to the CXF servlet's path ({@code cxf.path}, /soap): the service is at /soap/submissions. */
    public static final String ADDRESS = "/submissions";
    public static final String WSDL = "classpath:wsdl/submission.wsdl";
    static final String NAMESPACE = "http://credithub.jining.cn/submission/v1";

    private final Bus bus;
    private final SoapLimits limits;
    private final Supplier<String> publicUrl;

    /** @param publicUrl the service's public URL, published as the WSDL's soap:address */
    public SoapSubmissionRoute(Bus bus, SoapLimits limits, Supplier<String> publicUrl) {
        this.bus = bus;
        this.limits = limits;
        this.publicUrl = publicUrl;
    }

    @Override
    public void configure() {
        from(endpoint()).routeId("soap-submission")
                .routeConfigurationId(SOAP_CHANNEL_POLICY)
                .process(SoapSubmissionRoute::readSubmission)
                .to("direct:intake")
                .process(SoapSubmissionRoute::answerReceipt);
    }

    private CxfEndpoint endpoint() {
        CxfEndpoint endpoint = new CxfEndpoint();
        endpoint.setCamelContext(getContext());
        endpoint.setEndpointUriIfNotSpecified("cxf:" + ADDRESS);
        endpoint.setBus(bus);
        endpoint.setAddress(ADDRESS);
        endpoint.setServiceClass(SubmissionPort.class);
        endpoint.setWsdlURL(WSDL);
        endpoint.setServiceNameAsQName(new QName(NAMESPACE, "SubmissionService"));
        endpoint.setPortNameAsQName(new QName(NAMESPACE, "SubmissionPort"));
        endpoint.setDataFormat(DataFormat.POJO);
        // Contract first: CXF checks every request against submission.xsd before the route sees it.
        endpoint.setSchemaValidationEnabled(true);
        endpoint.setProperties(limits.parserProperties());
        endpoint.getInInterceptors().add(new PublishedAddress(publicUrl));
        endpoint.getInInterceptors().add(new XmlVersionGuard());
        endpoint.getOutFaultInterceptors().add(new SoapFaultTranslator());
        return endpoint;
    }

    private static void readSubmission(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        Object request = body instanceof MessageContentsList list && !list.isEmpty() ? list.get(0) : body;
        exchange.getMessage().setBody(SoapSubmissions.toSubmission((SubmissionRequest) request));
    }

    private static void answerReceipt(Exchange exchange) throws Exception {
        Receipt receipt = exchange.getMessage().getMandatoryBody(Receipt.class);
        // SECURITY: drop every header, so nothing internal is turned into an HTTP or SOAP header of the answer.
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setBody(SoapReceipts.toResponse(receipt));
    }
}
