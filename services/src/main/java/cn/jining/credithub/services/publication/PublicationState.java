package cn.jining.credithub.services.publication;

import cn.jining.credithub.contracts.exchange.AcceptanceStamp;
import cn.jining.credithub.contracts.publication.PublicationAction;
import cn.jining.credithub.contracts.publication.PublicationEvent;
import java.time.LocalDate;

/**
 * What the feed last told the sites about one record: its event sequence, whether it is shown, the version
 * (fingerprint, acceptance stamp) that decided it, its period and objection mark, and the last event itself.
 */
public record PublicationState(String recordKey, String category, String sourceId, String recordId, long sequence,
                               boolean shown, String fingerprint, AcceptanceStamp accepted, LocalDate publishedUntil,
                               LocalDate minimumUntil, boolean underObjection, PublicationEvent lastEvent) {

    /** The state after {@code event}, emitted for the version {@code fingerprint} accepted at {@code accepted}. */
    PublicationState after(PublicationEvent event, String fingerprint, AcceptanceStamp accepted, LocalDate minimum) {
        boolean nowShown = event.action() != PublicationAction.WITHDRAW;
        return new PublicationState(recordKey, category, sourceId, recordId, event.sequence(), nowShown, fingerprint,
                accepted, nowShown ? event.publishedUntil() : null, minimum, event.underObjection(), event);
    }

    /** The state of a new version that emits nothing (not published, or unchanged). */
    PublicationState quietly(String fingerprint, AcceptanceStamp accepted) {
        return new PublicationState(recordKey, category, sourceId, recordId, sequence, shown, fingerprint, accepted,
                publishedUntil, minimumUntil, underObjection, lastEvent);
    }
}
