package cn.jining.credithub.adapters.publication;

import cn.jining.credithub.contracts.publication.PublicationEvent;
import java.util.List;

/** The feed's events waiting for the feed queue, oldest first, and how to forget those sent. */
public interface FeedOutbox {

    List<PublicationEvent> pending(int max);

    void sent(List<String> eventIds);
}
