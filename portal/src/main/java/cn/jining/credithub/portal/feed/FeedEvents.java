package cn.jining.credithub.portal.feed;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.publication.PublicationEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads publication events as the hub writes them: the data standard's strict JSON of {@link PublicationEvent}. */
public final class FeedEvents {

    private static final ObjectMapper JSON = ContractsJson.mapper();

    private FeedEvents() {
    }

    /** One event (a queue message's body). */
    public static PublicationEvent one(String json) throws IOException {
        return JSON.readValue(json, PublicationEvent.class);
    }

    /** A file's events: one JSON event, a JSON array of events, or JSON Lines (one event per line). */
    public static List<PublicationEvent> many(String text) throws IOException {
        String trimmed = text.strip();
        List<PublicationEvent> events = new ArrayList<>();
        if (trimmed.startsWith("[")) {
            for (JsonNode node : JSON.readTree(trimmed)) {
                events.add(JSON.treeToValue(node, PublicationEvent.class));
            }
            return events;
        }
        // One event or JSON Lines: both are a sequence of root-level JSON values.
        try (MappingIterator<PublicationEvent> values = JSON.readerFor(PublicationEvent.class).readValues(trimmed)) {
            while (values.hasNextValue()) {
                events.add(values.nextValue());
            }
        }
        return events;
    }

    /** The JSON of an event, as the hub sends it (tests and the demo write files with it). */
    public static String write(PublicationEvent event) throws IOException {
        return JSON.writeValueAsString(event);
    }
}
