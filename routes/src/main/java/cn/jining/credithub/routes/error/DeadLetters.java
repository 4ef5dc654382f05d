package cn.jining.credithub.routes.error;

import cn.jining.credithub.routes.Headers;
import java.time.Instant;
import org.apache.camel.Exchange;
import org.apache.camel.component.jms.JmsConstants;
import org.apache.camel.component.jms.JmsEndpoint;
import org.apache.camel.component.jms.JmsMessage;

/**
 * How a broker consumer's failed message becomes a dead letter with its reason: on the last delivery the
 * broker allows, the error policy sends it to {@code DLQ.<queue>} on the dead-letter address itself, since a
 * message the broker dead-letters after a rollback carries no trace of the exception.
 */
public final class DeadLetters {

    public static final String FAILURE_REASON = Headers.PREFIX + "FailureReason";
    public static final String FAILED_AT = Headers.PREFIX + "FailedAt";
    /** Artemis' own names for where a dead letter came from; its retry operations route by them. */
    public static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";
    public static final String ORIGINAL_QUEUE = "_AMQ_ORIG_QUEUE";
    public static final String QUEUE_PREFIX = "DLQ.";
    static final String DELIVERY_COUNT = "JMSXDeliveryCount";
    private static final int MAX_REASON_LENGTH = 2_000;

    private DeadLetters() {
    }

    /** True when this delivery is the broker's last: a rollback now would dead-letter it without a reason. */
    static boolean lastAttempt(Exchange exchange) {
        int max = Integer.parseInt(exchange.getContext()
                .resolvePropertyPlaceholders("{{credithub.broker.max-delivery-attempts:6}}"));
        return deliveryCount(exchange) >= max;
    }

    /** Turns the original message into the dead letter: where it came from, why and when it failed. */
    static void prepare(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String[] origin = origin(exchange);
        var message = exchange.getMessage();
        // JMS-defined and broker-set properties may not be set by a producer; the broker sets its own again.
        message.removeHeaders("JMSX*");
        message.removeHeaders("_AMQ_*");
        message.setHeader(ORIGINAL_ADDRESS, origin[0]);
        message.setHeader(ORIGINAL_QUEUE, origin[1]);
        message.setHeader(FAILURE_REASON, reason(failure));
        message.setHeader(FAILED_AT, Instant.now().toString());
        message.setHeader(JmsConstants.JMS_DESTINATION_NAME,
                exchange.getContext().resolvePropertyPlaceholders("{{credithub.queues.dead-letter-address:DLA}}")
                        + "::" + QUEUE_PREFIX + origin[1]);
    }

    /** The exception's class and message, never a stack trace: operators read it in the admin API. */
    static String reason(Exception failure) {
        if (failure == null) {
            return "unknown";
        }
        String reason = failure.getClass().getName() + ": " + failure.getMessage();
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH) + "…";
    }

    /** The address and queue the exchange was consumed from; a fully qualified name is "address::queue". */
    static String[] origin(Exchange exchange) {
        if (!(exchange.getFromEndpoint() instanceof JmsEndpoint jms)) {
            throw new IllegalStateException(ErrorPolicy.BROKER_CONSUMER + " is for routes consuming a JMS queue, not "
                    + exchange.getFromEndpoint());
        }
        String destination = jms.getDestinationName();
        int separator = destination.indexOf("::");
        return separator < 0 ? new String[] {destination, destination}
                : new String[] {destination.substring(0, separator), destination.substring(separator + 2)};
    }

    private static int deliveryCount(Exchange exchange) {
        Integer header = exchange.getMessage().getHeader(DELIVERY_COUNT, Integer.class);
        if (header != null) {
            return header;
        }
        JmsMessage original = exchange.getUnitOfWork().getOriginalInMessage() instanceof JmsMessage jms ? jms : null;
        try {
            return original == null || original.getJmsMessage() == null ? 1
                    : original.getJmsMessage().getIntProperty(DELIVERY_COUNT);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException("cannot read " + DELIVERY_COUNT + " of the consumed message", e);
        }
    }
}
