package cn.jining.credithub.services.publication;

import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectCategory;
import cn.jining.credithub.services.calendar.WorkingDayCalendar;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The publication rules as data (config/publication/rules.tsv, docs/publication.md): decides per record whether it
 * is published and for how long. Deny by default: a record is published only when a general row (no kind, no
 * domain) for its category and subject publishes it and no matching row refuses it. Of several matching rows the
 * longest minimum and the longest maximum apply (several penalty kinds, or a kind and a domain).
 */
public final class PublicationRules {

    private static final List<String> DOMAIN_TEXTS = List.of("violationType", "penaltyBasis", "penaltyContent");
    private final List<PublicationRule> rules;
    private final WorkingDayCalendar calendar;

    public PublicationRules(List<PublicationRule> rules, WorkingDayCalendar calendar) {
        this.rules = List.copyOf(rules);
        this.calendar = calendar;
    }

    /** Reads the rule table {@code name} (see rules.tsv for its columns). */
    public static PublicationRules read(String name, InputStream in, WorkingDayCalendar calendar) {
        return new PublicationRules(RuleRows.parse(name, in), calendar);
    }

    public List<PublicationRule> rules() {
        return rules;
    }

    /** The decision for a record of {@code category} about a {@code subject}, from its canonical data. */
    public PublicationDecision decide(RecordCategory category, SubjectCategory subject, JsonNode data) {
        List<String> kinds = new ArrayList<>();
        data.path("penaltyKinds").forEach(k -> kinds.add(k.asText()));
        String texts = DOMAIN_TEXTS.stream().map(f -> data.path(f).asText("")).collect(Collectors.joining("\n"));
        List<PublicationRule> matching = rules.stream()
                .filter(r -> r.covers(category, subject) && r.matches(kinds, texts)).toList();
        List<String> ids = matching.stream().map(PublicationRule::id).toList();
        List<PublicationRule> publishing = matching.stream().filter(PublicationRule::published).toList();
        // Kind and domain rows only lengthen periods: a row for the category and subject itself must publish.
        if (publishing.stream().noneMatch(PublicationRule::general)) {
            return PublicationDecision.notPublished(ids, "no rule publishes " + category + " of " + subject);
        }
        Set<String> vetoedKinds = new HashSet<>();
        for (PublicationRule veto : matching.stream().filter(r -> !r.published()).toList()) {
            if (veto.penaltyKind() == null) {
                return PublicationDecision.notPublished(ids, "rule " + veto.id() + " does not publish it");
            }
            vetoedKinds.add(veto.penaltyKind());
        }
        if (!kinds.isEmpty() && vetoedKinds.containsAll(kinds)) {
            return PublicationDecision.notPublished(ids, "rules do not publish penalties of kinds " + kinds);
        }
        for (PublicationRule rule : publishing) {
            if (rule.withdrawField() != null && rule.withdrawValue().equals(data.path(rule.withdrawField()).asText())) {
                return PublicationDecision.notPublished(ids, "rule " + rule.id() + ": " + rule.withdrawField() + " is "
                        + rule.withdrawValue());
            }
        }
        return period(publishing, data, ids);
    }

    private PublicationDecision period(List<PublicationRule> publishing, JsonNode data, List<String> ids) {
        PublicationRule first = publishing.get(0);
        LocalDate from = date(data, first.dateField());
        if (from == null) {
            return PublicationDecision.notPublished(ids, "the record has no " + first.dateField());
        }
        LocalDate minimumUntil = from;
        LocalDate maximumUntil = from;
        boolean endless = false;
        Integer within = null;
        LocalDate end = null;
        for (PublicationRule rule : publishing) {
            minimumUntil = latest(minimumUntil, lastDay(from, rule.minPeriod()));
            if (rule.maxPeriod() == null) {
                endless = true;
            } else {
                maximumUntil = latest(maximumUntil, lastDay(from, rule.maxPeriod()));
            }
            if (rule.withinWorkingDays() != null) {
                within = within == null ? rule.withinWorkingDays() : Math.min(within, rule.withinWorkingDays());
            }
            if (end == null && rule.endField() != null) {
                end = date(data, rule.endField());
            }
        }
        LocalDate until = endless ? null : maximumUntil;
        if (end != null) {
            // The source's own end (公示截止期, 有效期至, 移出日期) within the legal minimum and maximum.
            until = latest(minimumUntil, until == null || end.isBefore(until) ? end : until);
        }
        LocalDate publishBy = within == null ? null : calendar.plusWorkingDays(from, within);
        return new PublicationDecision(true, from, minimumUntil, until, publishBy, ids,
                "rules " + String.join(", ", ids));
    }

    /** The last day of a period of {@code length} starting on {@code from} (null length: the first day). */
    private static LocalDate lastDay(LocalDate from, Period length) {
        return length == null ? from : from.plus(length).minusDays(1);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return b.isAfter(a) ? b : a;
    }

    private static LocalDate date(JsonNode data, String field) {
        String text = data.path(field).asText("");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
