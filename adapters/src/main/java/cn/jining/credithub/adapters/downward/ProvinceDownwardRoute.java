package cn.jining.credithub.adapters.downward;

import cn.jining.credithub.contracts.exchange.ErrorBody;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.province.Acknowledgement;
import cn.jining.credithub.contracts.seal.VerifiedBatch;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;

/**
 * The province's downward channel: {@code POST /api/v1/province/downward} takes a sealed envelope (authenticated
 * by its SM2 seal, not by a request signature), publishes the verified batch to the downward address in one
 * persistent send, and answers with the hub's signed acknowledgement; a refused envelope gets its 4xx and code.
 */
public class ProvinceDownwardRoute extends RouteBuilder {

    public static final String ROUTE_ID = "province-downward";
    /** The id of the error-policy configuration for HTTP channels (defined by the hub's ErrorPolicy). */
    static final String REST_CHANNEL_POLICY = "rest-channel";
    /** The hub's correlation headers (routes' Headers; adapters do not import routes): MDC and audit pick them up. */
    static final String SOURCE_ID = "CreditHubSourceId";
    static final String BATCH_ID = "CreditHubBatchId";
    private static final String VERIFIED = "CreditHubDownwardVerified";
    private static final String BATCH = "CreditHubDownwardBatch";
    private final DownwardReception reception;

    public ProvinceDownwardRoute(DownwardReception reception) {
        this.reception = reception;
    }

    @Override
    public void configure() {
        rest("/v1/province")
                // No consumes(): a wrong body is answered with the hub's own error body by the reception.
                .post("/downward")
                .to("direct:" + ROUTE_ID);

        from("direct:" + ROUTE_ID).routeId(ROUTE_ID)
                .routeConfigurationId(REST_CHANNEL_POLICY)
                .process(this::verify)
                .doTry()
                    // One persistent send, committed before the acknowledgement is signed.
                    .to(ExchangePattern.InOnly, "jms:topic:{{credithub.queues.downward}}")
                .doCatch(Exception.class)
                    .process(this::releaseAndRethrow)
                .end()
                .process(this::acknowledge);
    }

    private void verify(Exchange exchange) throws Exception {
        byte[] body = exchange.getMessage().getBody(byte[].class);
        // SECURITY: nothing of the HTTP request (headers, credentials) travels on to the broker or the subscribers.
        exchange.getMessage().removeHeaders("*");
        VerifiedBatch verified;
        try {
            verified = reception.verify(body);
        } catch (DownwardRefusal refusal) {
            log.warn("downward batch refused with {}: {}", refusal.code(), refusal.getMessage());
            answer(exchange, refusal.httpStatus(), ContractsJson.mapper().writeValueAsString(
                    new ErrorBody(refusal.code(), refusal.getMessage(), exchange.getExchangeId())));
            exchange.setRouteStop(true);
            return;
        }
        DownwardBatch batch = reception.toBatch(verified);
        exchange.setProperty(VERIFIED, verified);
        exchange.setProperty(BATCH, batch);
        exchange.getMessage().setHeader(SOURCE_ID, batch.origin());
        exchange.getMessage().setHeader(BATCH_ID, batch.batchId());
        exchange.getMessage().setBody(ContractsJson.mapper().writeValueAsString(batch));
    }

    private void releaseAndRethrow(Exchange exchange) throws Exception {
        reception.release(exchange.getProperty(VERIFIED, VerifiedBatch.class));
        // The error policy answers it (503 for a broker outage); the province sends the batch again later.
        throw exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    }

    private void acknowledge(Exchange exchange) throws Exception {
        DownwardBatch batch = exchange.getProperty(BATCH, DownwardBatch.class);
        Acknowledgement ack = reception.received(batch, exchange.getProperty(VERIFIED, VerifiedBatch.class));
        log.info("downward batch {} of {} published: {} records", batch.batchId(), batch.origin(), batch.records().size());
        answer(exchange, 200, ContractsJson.mapper().writeValueAsString(ack));
    }

    /** Every header is dropped first, so nothing internal is echoed to the caller. */
    private static void answer(Exchange exchange, int status, String json) {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json;charset=UTF-8");
        exchange.getMessage().setBody(json);
    }
}
