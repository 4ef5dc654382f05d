package cn.jining.credithub.routes.error;

import cn.jining.credithub.contracts.exchange.ErrorBody;
import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import cn.jining.credithub.contracts.json.ContractsJson;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * The hub's one error policy. Routes pick a configuration by id:
 * <ul>
 * <li>{@link #BROKER_CONSUMER}: routes consuming Artemis in a transaction. No Camel retries: a failure
 * rolls the transaction back and the broker redelivers with back-off, then dead-letters (broker.xml).</li>
 * <li>{@link #SHARED_STEP}: steps called by channels, such as the intake; failures go back to the caller.</li>
 * <li>{@link #REST_CHANNEL}: routes answering an HTTP client. A refused submission is answered with its
 * 4xx and a JSON error body; a broker outage with 503; anything unexpected with 500 and a correlation id,
 * the stack trace going to the log only.</li>
 * </ul>
 * Invalid records are not errors here: the intake answers them in the receipt.
 */
public class ErrorPolicy extends RouteConfigurationBuilder {

    public static final String BROKER_CONSUMER = "broker-consumer";
    public static final String REST_CHANNEL = "rest-channel";
    public static final String SHARED_STEP = "shared-step";

    @Override
    public void configuration() {
        routeConfiguration(BROKER_CONSUMER)
                .errorHandler(defaultErrorHandler().maximumRedeliveries(0)
                        .logExhausted(true).logExhaustedMessageHistory(false)
                        .retriesExhaustedLogLevel(LoggingLevel.WARN));

        // Shared steps (the intake) leave failures to the calling channel's configuration: a handler here
        // would mark the exchange as handled-and-exhausted and the channel could no longer answer it.
        routeConfiguration(SHARED_STEP).errorHandler(noErrorHandler());

        routeConfiguration(REST_CHANNEL)
                .onException(SubmissionRefusedException.class).handled(true)
                    .process(ErrorPolicy::answerRefusal)
                .end()
                .onException(org.springframework.jms.JmsException.class, jakarta.jms.JMSException.class).handled(true)
                    .log(LoggingLevel.ERROR, "broker unavailable for ${exchangeId}: ${exception.message}")
                    .process(e -> answer(e, Refusal.UNAVAILABLE, "the hub's queue is unavailable; nothing of this batch was accepted"))
                .end()
                .onException(Exception.class).handled(true)
                    .log(LoggingLevel.ERROR, "unexpected failure for ${exchangeId}: ${exception.stacktrace}")
                    .process(e -> answerStatus(e, 500, "INTERNAL_ERROR",
                            "the hub failed to process this request; quote the correlation id to the operators"))
                .end();
    }

    private static void answerRefusal(Exchange exchange) {
        SubmissionRefusedException refused = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, SubmissionRefusedException.class);
        answer(exchange, refused.refusal(), refused.getMessage());
    }

    private static void answer(Exchange exchange, Refusal refusal, String message) {
        answerStatus(exchange, refusal.httpStatus(), refusal.name(), message);
    }

    private static void answerStatus(Exchange exchange, int status, String code, String message) {
        ErrorBody body = new ErrorBody(code, message, exchange.getExchangeId());
        ChannelAnswer.json(exchange, status, ContractsJson.mapper().valueToTree(body).toString());
    }
}
