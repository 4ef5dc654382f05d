package cn.jining.credithub.services.query;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectCategory;
import cn.jining.credithub.contracts.validation.Masking;
import cn.jining.credithub.repository.RecordVersion;
import cn.jining.credithub.repository.query.ProfileRecord;
import cn.jining.credithub.repository.query.SubjectSummary;
import cn.jining.credithub.services.policy.FieldMasker;
import cn.jining.credithub.services.policy.PartyPolicy;
import cn.jining.credithub.services.policy.Reveal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the profile a party sees from the subject's records: only its categories, each version cut to its fields and
 * masked; and notes in the audit detail what went out (categories with counts, fields, masked fields) but not values.
 */
final class ProfileAssembler {

    private final Set<String> categories;
    private final PartyPolicy party;
    private final Set<Reveal> reveal;

    ProfileAssembler(Set<String> categories, PartyPolicy party, Set<Reveal> reveal) {
        this.categories = categories;
        this.party = party;
        this.reveal = reveal;
    }

    SubjectProfile assemble(String requestId, SubjectSummary subject, List<ProfileRecord> found, ObjectNode detail) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Set<String>> fields = new TreeMap<>();
        Set<String> masked = new TreeSet<>();
        List<SubjectProfile.Entry> entries = new ArrayList<>();
        int versions = 0;
        for (ProfileRecord record : found) {
            if (!categories.contains(record.category())) {
                continue;
            }
            RecordCategory category = RecordCategory.valueOf(record.category());
            Set<String> sent = fields.computeIfAbsent(record.category(), c -> new TreeSet<>());
            List<SubjectProfile.Version> history = new ArrayList<>();
            for (RecordVersion earlier : record.earlier()) {
                history.add(version(category, earlier, sent, masked));
            }
            entries.add(new SubjectProfile.Entry(record.category(), record.sourceId(), record.recordId(),
                    version(category, record.current(), sent, masked), history));
            counts.merge(record.category(), 1, Integer::sum);
            versions += 1 + history.size();
        }
        detail.set("returned", ContractsJson.mapper().valueToTree(counts));
        detail.set("fields", ContractsJson.mapper().valueToTree(fields));
        detail.set("masked", ContractsJson.mapper().valueToTree(masked));
        detail.put("versions", versions);
        return new SubjectProfile(requestId, shown(subject), entries);
    }

    private SubjectProfile.Subject shown(SubjectSummary subject) {
        boolean person = SubjectCategory.NATURAL_PERSON.name().equals(subject.subjectCategory());
        String code = person && !reveal.contains(Reveal.ID_NUMBER) ? Masking.mask(subject.lookupCode())
                : subject.lookupCode();
        String name = person && !reveal.contains(Reveal.PERSON_NAME) ? FieldMasker.personName(subject.name())
                : subject.name();
        return new SubjectProfile.Subject(subject.subjectCategory(), code, name, subject.region());
    }

    private SubjectProfile.Version version(RecordCategory category, RecordVersion version, Set<String> sent,
                                           Set<String> masked) {
        ObjectNode data;
        try {
            data = (ObjectNode) ContractsJson.mapper().readTree(version.payload());
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("a stored payload of " + category + " is not a JSON object", e);
        }
        ObjectNode shown = FieldMasker.apply(category, data, party.fieldsOf(category.name()), reveal, masked);
        shown.fieldNames().forEachRemaining(sent::add);
        return new SubjectProfile.Version(version.version(), version.acceptedAt().at(), shown);
    }
}
