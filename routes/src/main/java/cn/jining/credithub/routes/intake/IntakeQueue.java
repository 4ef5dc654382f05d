package cn.jining.credithub.routes.intake;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.routes.Endpoints;
import cn.jining.credithub.routes.Headers;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsComponent;

/**
 * Queues the accepted messages of one batch on the intake address in ONE broker transaction: the broker holds
 * all of them or none, so a failure part-way never leaves part of a batch on its way while the source is told
 * nothing was accepted. Only the hub's own headers go onto the messages; nothing of the exchange's.
 */
public final class IntakeQueue {

    /** Sends {@code messages}, all of one batch, and commits once; throws (nothing queued) if any part fails. */
    public void send(CamelContext context, List<AcceptedBatch> messages) throws JMSException {
        if (messages.isEmpty()) {
            return;
        }
        ConnectionFactory factory = context.getComponent("jms", JmsComponent.class).getConfiguration()
                .getConnectionFactory();
        String queue = context.resolvePropertyPlaceholders(Endpoints.INTAKE_QUEUE_NAME);
        try (Connection connection = factory.createConnection();
             Session session = connection.createSession(true, Session.SESSION_TRANSACTED)) {
            MessageProducer producer = session.createProducer(session.createQueue(queue));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int part = 0; part < messages.size(); part++) {
                producer.send(message(session, messages.get(part), part));
            }
            // Closing the session without this commit rolls every part back.
            session.commit();
        }
    }

    private static BytesMessage message(Session session, AcceptedBatch batch, int part) throws JMSException {
        BytesMessage message = session.createBytesMessage();
        try {
            message.writeBytes(ContractsJson.mapper().writeValueAsBytes(batch));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("accepted batch " + batch.batchId() + " cannot be written as JSON", e);
        }
        message.setStringProperty(Headers.SOURCE_ID, batch.sourceId());
        message.setStringProperty(Headers.BATCH_ID, batch.batchId());
        message.setIntProperty(Headers.CHUNK, part);
        message.setIntProperty(Headers.RECORD_COUNT, batch.records().size());
        return message;
    }
}
