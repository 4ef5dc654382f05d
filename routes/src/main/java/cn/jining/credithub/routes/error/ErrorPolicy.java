package cn.jining.credithub.routes.error;

import cn.jining.credithub.contracts.exchange.ErrorBody;
import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import cn.jining.credithub.contracts.json.ContractsJson;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.LoggingLevel;
import org.apache.camel.model.errorhandler.DefaultErrorHandlerDefinition;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.component.jms.JmsConstants;
import org.apache.camel.model.OnExceptionDefinition;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's one error policy. Routes pick a configuration by id:
 * <ul>
 * <li>{@link #BROKER_CONSUMER}: routes consuming Artemis in a transaction. No Camel retries: a failure
 * rolls the transaction back and the broker redelivers with back-off (broker.xml); the last delivery the broker
 * allows ({@code credithub.broker.max-delivery-attempts}) is sent to {@code DLQ.<queue>} with its reason
 * ({@link DeadLetters}).</li>
 * <li>{@link #SHARED_STEP}: steps called by channels, such as the intake; failures go back to the caller.</li>
 * <li>{@link #REST_CHANNEL}: routes answering an HTTP client. A refused submission is answered with its
 * 4xx and a JSON error body; a broker or repository database outage with 503 and Retry-After; anything unexpected with 500 and a correlation id,
 * the stack trace going to the log only.</li>
 * <li>{@link #POLLING_CHANNEL}: routes polling a source (an SFTP folder, a staging table). No Camel retries:
 * a technical failure (the broker, the connection) fails the poll, which leaves the file in place or rolls
 * the rows' claim back for the next poll; records already accepted are accepted again idempotently.
 * Unreadable files and invalid rows are answered by the route itself.</li>
 * <li>{@link #SOAP_CHANNEL}: the SOAP channel. No Camel error handler: every failure goes back to the CXF
 * endpoint, whose fault translator (adapters {@code SoapFaultTranslator}) answers it, like the failures CXF
 * itself finds before the route (malformed XML, schema violations), as a SOAP fault with the refusal's code.</li>
 * <li>{@link #SUBSCRIBER_DELIVERY}: routes delivering what the province sends down to one subscribing source.
 * A message that is not a downward batch (Jackson cannot read it) can never be delivered and goes to
 * {@code DLQ.<queue>} at once, with its reason. Any other failure (the subscriber is down) rolls back and is
 * never dead-lettered: the broker's setting for {@code credit.downward.#} allows unlimited deliveries and the
 * route's circuit breaker pauses it until the subscriber is back (docs/province.md "Downward").</li>
 * </ul>
 * Invalid records are not errors here: the intake answers them in the receipt.
 */
public class ErrorPolicy extends RouteConfigurationBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPolicy.class);

    public static final String BROKER_CONSUMER = "broker-consumer";
    public static final String REST_CHANNEL = "rest-channel";
    public static final String SHARED_STEP = "shared-step";
    public static final String POLLING_CHANNEL = "polling-channel";
    public static final String SOAP_CHANNEL = "soap-channel";
    public static final String SUBSCRIBER_DELIVERY = "subscriber-delivery";

    @Override
    public void configuration() {
        RouteConfigurationDefinition brokerConsumer = routeConfiguration(BROKER_CONSUMER);
        brokerConsumer.errorHandler(noCamelRetries());
        // On the broker's last delivery the policy dead-letters the message itself, with the reason, in the
        // consuming transaction; before that it rethrows and the broker redelivers with back-off. The broker's
        // own dead-letter address stays the backstop (a crash, or max-delivery-attempts set lower there).
        deadLetter(brokerConsumer.onException(Exception.class).onWhen(DeadLetters::lastAttempt), "on its last delivery");

        // Shared steps (the intake) leave failures to the calling channel's configuration: a handler here
        // would mark the exchange as handled-and-exhausted and the channel could no longer answer it.
        routeConfiguration(SHARED_STEP).errorHandler(noErrorHandler());

        routeConfiguration(POLLING_CHANNEL).errorHandler(noCamelRetries());

        // The SOAP answer to a failure is a fault, written by CXF from the exception: the channel translates it.
        routeConfiguration(SOAP_CHANNEL).errorHandler(noErrorHandler());

        RouteConfigurationDefinition subscriberDelivery = routeConfiguration(SUBSCRIBER_DELIVERY);
        // A bureau that is down is an expected state, retried every interval: one line per attempt, no stack trace.
        subscriberDelivery.errorHandler(noCamelRetries().logStackTrace(false));
        // Only the unreadable is permanent; a subscriber being down is not, however long it lasts.
        deadLetter(subscriberDelivery.onException(com.fasterxml.jackson.core.JsonProcessingException.class),
                "as it can never be delivered");

        routeConfiguration(REST_CHANNEL)
                .onException(SubmissionRefusedException.class).handled(true)
                    .process(ErrorPolicy::answerRefusal)
                .end()
                // No clause of its own for the broker or the database: Camel picks the clause closest to ANY exception
                // in the cause chain, and an outage's root cause (an IOException) is closer to Exception than the
                // JmsException or DataAccessException on top is to its own clause.
                .onException(Exception.class).handled(true)
                    .process(ErrorPolicy::answerFailure)
                .end();
    }

    /** Dead-letters the original message with its reason, {@code why} naming the occasion in the log. */
    private static void deadLetter(OnExceptionDefinition onException, String why) {
        onException.handled(true).useOriginalMessage()
                .process(DeadLetters::prepare)
                .log(LoggingLevel.ERROR, "dead-lettered to ${header." + JmsConstants.JMS_DESTINATION_NAME
                        + "} " + why + ": ${header." + DeadLetters.FAILURE_REASON + "}")
                // The real destination, DLA::DLQ.<queue>, comes from the header prepare() set; the same session
                // sends it and commits the consumption, so the message is in exactly one of the two queues.
                .to(ExchangePattern.InOnly, "jms:queue:dead-letters")
                .end();
    }

    /** Failures are logged once and left to the broker (redelivery) or the next poll, never retried by Camel. */
    private DefaultErrorHandlerDefinition noCamelRetries() {
        return defaultErrorHandler().maximumRedeliveries(0)
                .logExhausted(true).logExhaustedMessageHistory(false)
                .retriesExhaustedLogLevel(LoggingLevel.WARN);
    }

    /**
     * The broker, or the repository database behind the replay guard and the audit trail (down, full, unreachable), is a 503: the
     * intake's bounded pool (gateway/database) fails within its wait, so the source hears it at once. Anything else
     * is the hub's own failure, a 500 whose stack trace goes to the log only.
     */
    private static void answerFailure(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.jms.JmsException || cause instanceof jakarta.jms.JMSException) {
                LOG.error("broker unavailable for {}: {}", exchange.getExchangeId(), cause.getMessage());
                answer(exchange, Refusal.UNAVAILABLE, "the hub's queue is unavailable; nothing of this batch was accepted");
                return;
            }
            if (cause instanceof org.springframework.dao.DataAccessException) {
                LOG.error("repository database unavailable for {}: {} (root cause: {})", exchange.getExchangeId(),
                        cause.getMessage(), rootCause(cause));
                answer(exchange, Refusal.UNAVAILABLE, "the hub cannot record this batch now (its database is "
                        + "unavailable); send the same batch again later, records already taken are not duplicated");
                return;
            }
        }
        LOG.error("unexpected failure for {}", exchange.getExchangeId(), failure);
        answerStatus(exchange, 500, "INTERNAL_ERROR",
                "the hub failed to process this request; quote the correlation id to the operators");
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
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
