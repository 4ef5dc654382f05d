package cn.jining.credithub.services.publication;

import java.time.LocalDate;
import java.util.List;

/**
 * What the rules say about one record: whether it is published, the day its period runs from, the earliest day
 * repair may end it ({@code minimumUntil}), its last day shown ({@code until}, null: no end), the day 双公示 wants it
 * published by, and the rules that decided (their ids, for the feed's reason and the audit trail).
 */
public record PublicationDecision(boolean published, LocalDate from, LocalDate minimumUntil, LocalDate until,
                                  LocalDate publishBy, List<String> ruleIds, String reason) {

    static PublicationDecision notPublished(List<String> ruleIds, String reason) {
        return new PublicationDecision(false, null, null, null, null, ruleIds, reason);
    }

    /** Whether the record is to be shown on {@code day}. */
    public boolean showsOn(LocalDate day) {
        return published && (until == null || !day.isAfter(until));
    }
}
