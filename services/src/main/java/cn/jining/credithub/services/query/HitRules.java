package cn.jining.credithub.services.query;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectCategory;
import cn.jining.credithub.repository.query.SubjectRecords.SubjectRecord;
import cn.jining.credithub.repository.query.SubjectSummary;
import cn.jining.credithub.services.policy.FieldMasker;
import cn.jining.credithub.services.policy.Reveal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What counts as a hit on {@code today}: a black-list (失信惩戒) entry entered and not yet removed; a penalty of a
 * serious kind still valid. Red-list entries and other penalties are not hits.
 */
final class HitRules {

    static final String BLACK_LIST = "失信惩戒";

    private final JointMeasures measures;
    private final LocalDate today;
    private final Set<Reveal> reveal;

    HitRules(JointMeasures measures, LocalDate today, Set<Reveal> reveal) {
        this.measures = measures;
        this.today = today;
        this.reveal = reveal;
    }

    /** The subject's hit, or null when none of its records is one. */
    BatchCheckResult.Hit hit(SubjectSummary subject, List<SubjectRecord> found) {
        List<BatchCheckResult.ListEntry> lists = new ArrayList<>();
        List<BatchCheckResult.Penalty> penalties = new ArrayList<>();
        for (SubjectRecord record : found) {
            JsonNode data = read(record.payload());
            if (record.category().equals(RecordCategory.CREDIT_LIST.name())) {
                LocalDate removal = date(data, "removalDate");
                LocalDate entry = date(data, "entryDate");
                if (BLACK_LIST.equals(data.path("listType").asText()) && (entry == null || !entry.isAfter(today))
                        && (removal == null || removal.isAfter(today))) {
                    String listName = data.path("listName").asText();
                    lists.add(new BatchCheckResult.ListEntry(listName, data.path("authority").asText(), entry,
                            data.path("reason").asText(), measures.forList(listName)));
                }
            } else if (record.category().equals(RecordCategory.ADMIN_PENALTY.name())) {
                List<String> kinds = new ArrayList<>();
                data.path("penaltyKinds").forEach(k -> kinds.add(k.asText()));
                LocalDate validUntil = date(data, "validUntil");
                if (kinds.stream().anyMatch(measures.seriousKinds()::contains)
                        && (validUntil == null || !validUntil.isBefore(today))) {
                    penalties.add(new BatchCheckResult.Penalty(data.path("decisionNumber").asText(),
                            data.path("authority").asText(), kinds, date(data, "decisionDate"), validUntil,
                            measures.seriousPenalty()));
                }
            }
        }
        if (lists.isEmpty() && penalties.isEmpty()) {
            return null;
        }
        boolean person = SubjectCategory.NATURAL_PERSON.name().equals(subject.subjectCategory());
        String name = person && !reveal.contains(Reveal.PERSON_NAME) ? FieldMasker.personName(subject.name())
                : subject.name();
        return new BatchCheckResult.Hit(subject.lookupCode(), subject.subjectCategory(), name, lists, penalties);
    }

    private static LocalDate date(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : LocalDate.parse(value.asText());
    }

    private static JsonNode read(String payload) {
        try {
            return ContractsJson.mapper().readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored payload is not JSON", e);
        }
    }
}
