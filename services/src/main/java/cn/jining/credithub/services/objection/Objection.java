package cn.jining.credithub.services.objection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An objection (异议) as the hub tracks it: the disputed record, who filed it and why, its state, its deadlines in
 * working days (acknowledge, decide), whether it was escalated for being overdue, and the bureau's answer.
 */
public record Objection(String trackingNo, String recordKey, String category, String sourceId, String recordId,
                        String filedBy, String subjectCode, String reasons, ObjectionState state, Instant filedAt,
                        LocalDate acknowledgeBy, LocalDate decideBy, Instant acknowledgedAt, Instant escalatedAt,
                        String answer, Instant answeredAt, List<Attachment> attachments) {

    /** The same objection with its attachments described only (no contents). */
    public Objection withoutContent() {
        return new Objection(trackingNo, recordKey, category, sourceId, recordId, filedBy, subjectCode, reasons, state,
                filedAt, acknowledgeBy, decideBy, acknowledgedAt, escalatedAt, answer, answeredAt,
                attachments.stream().map(Attachment::described).toList());
    }

    /** Whether a deadline for the step it waits for has passed on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return state.open() && (today.isAfter(decideBy) || state == ObjectionState.FILED && today.isAfter(acknowledgeBy));
    }
}
