package cn.jining.credithub.gateway.admin;

import cn.jining.credithub.gateway.broker.EmbeddedBroker;
import cn.jining.credithub.routes.error.DeadLetters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.management.QueueControl;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.core.server.ActiveMQServer;

/**
 * Dead letters on the embedded broker, through Artemis' queue controls: every queue bound to the dead-letter
 * address, whether the hub's error policy put a message there (with its reason) or the broker itself did.
 * Message ids are unique across the broker, so one id names one dead letter wherever it sits.
 */
public class DeadLetterAdmin {

    private final EmbeddedBroker broker;
    private final String deadLetterAddress;

    /** Creates the hub's {@code DLQ.<queue>} queues for the given consumed queues if they do not exist yet. */
    public DeadLetterAdmin(EmbeddedBroker broker, String deadLetterAddress, List<String> consumedQueues) throws Exception {
        this.broker = broker;
        this.deadLetterAddress = deadLetterAddress;
        for (String queue : consumedQueues) {
            // The filter keeps the broker's own dead letters of other queues out when it routes to the address
            // (it sets _AMQ_ORIG_QUEUE too); the error policy sends to this queue by its full name.
            server().createQueue(QueueConfiguration.of(DeadLetters.QUEUE_PREFIX + queue).setAddress(deadLetterAddress)
                    .setRoutingType(RoutingType.ANYCAST).setDurable(true).setAutoCreateAddress(true)
                    .setFilterString(DeadLetters.ORIGINAL_QUEUE + " = '" + queue + "'"), true);
        }
    }

    public List<DeadLetter> list() throws Exception {
        List<DeadLetter> all = new ArrayList<>();
        for (String queue : queues()) {
            for (Map<String, Object> message : control(queue).listMessages("")) {
                all.add(DeadLetter.of(queue, message, false));
            }
        }
        return all;
    }

    public Optional<DeadLetter> find(long messageId) throws Exception {
        for (String queue : queues()) {
            Optional<Map<String, Object>> message = Arrays.stream(control(queue).listMessages(""))
                    .filter(m -> m.get("messageID") instanceof Number id && id.longValue() == messageId).findFirst();
            if (message.isPresent()) {
                return Optional.of(DeadLetter.of(queue, message.get(), true));
            }
        }
        return Optional.empty();
    }

    /**
     * Sends the dead letter back to the queue it failed on; false when it is no longer there (another operator
     * replayed or discarded it meanwhile). Callers audit it ({@link AuditedActions}).
     */
    boolean retry(DeadLetter letter) {
        try {
            return control(letter.deadLetterQueue()).retryMessage(letter.messageId());
        } catch (Exception e) {
            throw new DeadLetterActionException("replay of dead letter " + letter.messageId() + " failed", e);
        }
    }

    /** Removes the dead letter for good; false when it is no longer there. */
    boolean remove(DeadLetter letter) {
        try {
            return control(letter.deadLetterQueue()).removeMessage(letter.messageId());
        } catch (Exception e) {
            throw new DeadLetterActionException("discard of dead letter " + letter.messageId() + " failed", e);
        }
    }

    /** A queue control refused an action; the broker's message says why. */
    static final class DeadLetterActionException extends IllegalStateException {
        DeadLetterActionException(String message, Throwable cause) {
            super(message + ": " + cause.getMessage(), cause);
        }
    }

    private List<String> queues() throws Exception {
        return server().bindingQuery(SimpleString.of(deadLetterAddress)).getQueueNames().stream()
                .map(SimpleString::toString).sorted().toList();
    }

    private QueueControl control(String queue) {
        return (QueueControl) server().getManagementService().getResource(ResourceNames.QUEUE + queue);
    }

    private ActiveMQServer server() {
        return broker.server().getActiveMQServer();
    }
}
