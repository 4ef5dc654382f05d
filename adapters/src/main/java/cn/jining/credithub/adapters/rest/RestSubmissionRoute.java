package cn.jining.credithub.adapters.rest;

import cn.jining.credithub.contracts.exchange.Receipt;
import cn.jining.credithub.contracts.json.ContractsJson;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The REST channel: {@code POST /api/v1/submissions} takes a JSON batch and answers with the receipt.
 * Refusals (malformed, empty, oversized, unknown source) are answered by the hub's error policy.
 */
public class RestSubmissionRoute extends RouteBuilder {

    /** The id of the error-policy configuration for HTTP channels (defined by the hub's ErrorPolicy). */
    static final String REST_CHANNEL_POLICY = "rest-channel";

    @Override
    public void configure() {
        rest("/v1")
                // No consumes(): the reader answers a wrong media type with the hub's own error body.
                .post("/submissions")
                .to("direct:rest-submission");

        from("direct:rest-submission").routeId("rest-submission")
                .routeConfigurationId(REST_CHANNEL_POLICY)
                .process(RestSubmissionRoute::readSubmission)
                .to("direct:intake")
                .process(RestSubmissionRoute::answerReceipt);
    }

    private static void readSubmission(Exchange exchange) {
        byte[] body = exchange.getMessage().getBody(byte[].class);
        String contentType = exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class);
        exchange.getMessage().setBody(SubmissionReader.read(contentType, body));
    }

    private static void answerReceipt(Exchange exchange) throws Exception {
        Receipt receipt = exchange.getMessage().getMandatoryBody(Receipt.class);
        // SECURITY: drop every header, so nothing internal or credential-like is echoed to the client.
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json;charset=UTF-8");
        exchange.getMessage().setBody(ContractsJson.mapper().writeValueAsString(receipt));
    }
}
