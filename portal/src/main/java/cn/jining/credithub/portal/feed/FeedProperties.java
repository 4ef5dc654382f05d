package cn.jining.credithub.portal.feed;

import cn.jining.credithub.contracts.publication.PublicationEvent;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the site reads the publication feed: the hub's Artemis (core protocol) and/or an import folder.
 *
 * @param brokerUrl     the hub broker's URL, e.g. tcp://hub.internal:61616 (blank: no broker consumer)
 * @param user          broker user (from the environment, PORTAL_FEED_USER)
 * @param password      broker password (from the environment, PORTAL_FEED_PASSWORD)
 * @param queue         the durable queue the hub writes the feed to
 * @param importDir     a folder of event files (*.json, *.jsonl) applied and moved to done/ (blank: none)
 * @param importEvery   how often the import folder is looked at
 */
@ConfigurationProperties("portal.feed")
public record FeedProperties(String brokerUrl, String user, String password, String queue, Path importDir,
                             Duration importEvery) {

    /** The feed's queue unless configured otherwise (the hub's side names the same). */
    public static final String DEFAULT_QUEUE = PublicationEvent.FEED_QUEUE;

    public FeedProperties {
        queue = queue == null || queue.isBlank() ? DEFAULT_QUEUE : queue;
        importEvery = importEvery == null ? Duration.ofSeconds(10) : importEvery;
    }

    public boolean brokerConfigured() {
        return brokerUrl != null && !brokerUrl.isBlank();
    }
}
