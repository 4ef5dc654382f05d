package cn.jining.credithub.repository;

import cn.jining.credithub.contracts.exchange.AcceptanceStamp;

/**
 * What the repository holds as a record's current version, as far as ordering needs it: its content's fingerprint
 * and version number, when that content was first accepted ({@code established}) and last accepted again
 * ({@code confirmed}).
 */
record CurrentVersion(String fingerprint, int version, AcceptanceStamp established, AcceptanceStamp confirmed) {

    /** Where a delivery of a version stamped {@code stamp} with {@code fingerprint} stands against this one. */
    Placement place(AcceptanceStamp stamp, String fingerprint) {
        boolean same = this.fingerprint.equals(fingerprint);
        if (stamp.isAfter(confirmed)) {
            return same ? Placement.NEWER_SAME : Placement.NEWER_CHANGED;
        }
        if (!stamp.isBefore(established)) {
            // Within the current content's span: a redelivery of it, or a late other version accepted in between.
            return same ? Placement.ALREADY_HELD : Placement.LATE_WITHIN;
        }
        return same ? Placement.LATE_SAME : Placement.LATE_CHANGED;
    }

    /** The cases {@link CreditRecordStore#write} tells apart. */
    enum Placement {
        /** Accepted after the current version, same content: only the record's newest stamp moves. */
        NEWER_SAME,
        /** Accepted after the current version, other content: it becomes current, the old one goes to history. */
        NEWER_CHANGED,
        /** The current content, accepted within its span: a redelivery, nothing to do. */
        ALREADY_HELD,
        /** Other content accepted while the current content was already current: history, then current again. */
        LATE_WITHIN,
        /** The current content, accepted before it was established: extends it back, or is an earlier version. */
        LATE_SAME,
        /** Other content accepted before the current version: history only. */
        LATE_CHANGED
    }
}
