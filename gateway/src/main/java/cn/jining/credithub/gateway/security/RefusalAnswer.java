package cn.jining.credithub.gateway.security;

import cn.jining.credithub.adapters.soap.XmlText;
import cn.jining.credithub.contracts.exchange.ErrorBody;
import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import cn.jining.credithub.contracts.json.ContractsJson;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.HtmlUtils;

/**
 * The answer to a request refused before any channel saw it: the REST channel's JSON error body with the
 * refusal's status, or under /soap a SOAP 1.1 {@code Client} fault ({@code Server} for UNAVAILABLE) with the same {@code submissionFault}
 * detail as the SOAP channel's own faults, sent with HTTP 500 as WS-I Basic Profile R1126 requires of faults
 * (so JAX-WS clients read the fault instead of failing on the status). {@code UNAVAILABLE} is the exception on
 * both channels: 503 with {@code Retry-After} (a {@code Server} fault for SOAP), the status every HTTP client and
 * load balancer reads as "try again later".
 */
public final class RefusalAnswer {

    /** The SOAP channel's namespace (adapters SoapSubmissionRoute, wsdl/submission.wsdl). */
    static final String SOAP_NAMESPACE = "http://credithub.jining.cn/submission/v1";
    private static final int MAX_TEXT = 1000;

    private RefusalAnswer() {
    }

    public static void write(HttpServletResponse response, boolean soap, SubmissionRefusedException refused,
                             String correlationId) throws IOException {
        String code = refused.refusal().name();
        boolean unavailable = refused.refusal() == Refusal.UNAVAILABLE;
        byte[] body;
        if (unavailable) {
            response.setHeader("Retry-After", Refusal.RETRY_AFTER_SECONDS);
        }
        if (soap) {
            response.setStatus(unavailable ? 503 : 500);
            response.setContentType("text/xml;charset=UTF-8");
            body = fault(unavailable ? "soap:Server" : "soap:Client", code, refused.getMessage(), correlationId)
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            response.setStatus(refused.refusal().httpStatus());
            response.setContentType("application/json;charset=UTF-8");
            body = ContractsJson.mapper().writeValueAsBytes(new ErrorBody(code, refused.getMessage(), correlationId));
        }
        if (refused.refusal().httpStatus() == 401 && !soap) {
            // RFC 9110: a 401 names the scheme the client must use.
            response.setHeader("WWW-Authenticate", "CreditHub-SM2");
        }
        response.getOutputStream().write(body);
    }

    static String fault(String faultCode, String code, String message, String correlationId) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>" + faultCode + "</faultcode><faultstring>" + xml(message) + "</faultstring><detail>"
                + "<h:submissionFault xmlns:h=\"" + SOAP_NAMESPACE + "\"><h:code>" + xml(code) + "</h:code><h:message>"
                + xml(message) + "</h:message><h:correlationId>" + xml(correlationId) + "</h:correlationId>"
                + "</h:submissionFault></detail></soap:Fault></soap:Body></soap:Envelope>";
    }

    /** Escaped, and only characters XML 1.0 carries: a refusal may quote a header the client sent. */
    private static String xml(String text) {
        return HtmlUtils.htmlEscape(XmlText.safe(text, MAX_TEXT), "UTF-8");
    }
}
