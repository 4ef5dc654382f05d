package cn.jining.credithub.contracts.publication;

/** What a publication event does to a record on a site that shows published records. */
public enum PublicationAction {
    /** The record becomes visible (first time, or again after a withdrawal). */
    PUBLISH,
    /** A visible record's content or marks changed (a correction, an objection opened or closed). */
    UPDATE,
    /** The record is no longer to be shown (its period ended, repair approved, the source withdrew it). */
    WITHDRAW
}
