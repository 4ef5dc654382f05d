package cn.jining.credithub.gateway.admin;

import cn.jining.credithub.routes.Headers;
import cn.jining.credithub.routes.error.DeadLetters;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.TreeMap;

/** One dead letter as the admin API shows it: where it came from, why it failed, which batch it carries. */
@JsonInclude(JsonInclude.Include.NON_NULL) // the list leaves out the properties the detail view carries
public record DeadLetter(long messageId, String deadLetterQueue, String originalQueue, String reason,
                         String failedAt, String batchId, String sourceId, Integer recordCount,
                         Map<String, Object> properties) {

    /** From one entry of Artemis' {@code QueueControl.listMessages}; {@code withProperties} for the detail view. */
    static DeadLetter of(String queue, Map<String, Object> message, boolean withProperties) {
        Map<String, Object> properties = withProperties ? new TreeMap<>() : null;
        if (withProperties) {
            message.forEach((key, value) -> properties.put(key, value == null ? null : value.toString()));
        }
        Object count = message.get(Headers.RECORD_COUNT);
        return new DeadLetter(((Number) message.get("messageID")).longValue(), queue,
                text(message, DeadLetters.ORIGINAL_QUEUE), text(message, DeadLetters.FAILURE_REASON),
                text(message, DeadLetters.FAILED_AT), text(message, Headers.BATCH_ID), text(message, Headers.SOURCE_ID),
                count instanceof Number n ? n.intValue() : null, properties);
    }

    private static String text(Map<String, Object> message, String key) {
        Object value = message.get(key);
        return value == null ? null : value.toString();
    }
}
