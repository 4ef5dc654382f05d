package cn.jining.credithub.portal.feed;

/** What applying one publication event did to the site's store. */
public enum ApplyOutcome {
    /** The store now shows (or no longer shows) the record as the event says. */
    APPLIED,
    /** The event id was applied before: a redelivery, nothing changed. */
    DUPLICATE,
    /** The store holds a newer event of the record: a late older event, nothing changed. */
    STALE,
    /** A natural person's record: never shown on the public site. */
    DROPPED
}
