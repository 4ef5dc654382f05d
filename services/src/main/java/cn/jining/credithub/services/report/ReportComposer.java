package cn.jining.credithub.services.report;

import cn.jining.credithub.contracts.record.FieldSpec;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectCategory;
import cn.jining.credithub.services.query.SubjectProfile;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a subject profile, as the access policy cut and masked it for the reader, into a report's content: one
 * section per kind of record, each record's current version with the standard's Chinese field labels. Nothing is
 * added that the profile did not carry, so a report never shows more than the reader may query.
 */
public final class ReportComposer {

    /** Sections in print order: base information first, then 双公示 records, then list entries. */
    private static final List<List<RecordCategory>> SECTIONS = List.of(
            List.of(RecordCategory.ENTERPRISE_BASICS, RecordCategory.NON_ENTERPRISE_BASICS,
                    RecordCategory.NATURAL_PERSON_BASICS),
            List.of(RecordCategory.ADMIN_LICENCE), List.of(RecordCategory.ADMIN_PENALTY),
            List.of(RecordCategory.CREDIT_LIST));
    private static final List<String> SECTION_TITLES = List.of("基础信息", "行政许可", "行政处罚", "红黑名单");

    private final ReportNumbers numbers;

    public ReportComposer(ReportNumbers numbers) {
        this.numbers = numbers;
    }

    public CreditReport compose(SubjectProfile profile, String requestedBy, String purpose, Instant issuedAt) {
        List<ReportSection> sections = new ArrayList<>();
        for (int i = 0; i < SECTIONS.size(); i++) {
            List<RecordCategory> kinds = SECTIONS.get(i);
            List<ReportEntry> entries = profile.records().stream()
                    .filter(entry -> RecordCategory.of(entry.category()).filter(kinds::contains).isPresent())
                    .map(ReportComposer::entry).toList();
            sections.add(new ReportSection(SECTION_TITLES.get(i), entries));
        }
        SubjectProfile.Subject subject = profile.subject();
        return new CreditReport(numbers.next(), issuedAt, SubjectCategory.valueOf(subject.subjectCategory()),
                subject.code(), subject.name(), requestedBy, purpose, sections);
    }

    private static ReportEntry entry(SubjectProfile.Entry entry) {
        RecordCategory category = RecordCategory.of(entry.category()).orElseThrow();
        Map<String, FieldSpec> specs = FieldSpec.byName(category.recordType());
        List<ReportField> fields = new ArrayList<>();
        fields.add(new ReportField("信息来源", entry.sourceId()));
        fields.add(new ReportField("版本", entry.current().version() + "（共 " + (entry.history().size() + 1) + " 版）"));
        Iterator<Map.Entry<String, JsonNode>> data = entry.current().data().fields();
        while (data.hasNext()) {
            Map.Entry<String, JsonNode> field = data.next();
            String label = Optional.ofNullable(specs.get(field.getKey())).map(s -> s.field().zh()).orElse(field.getKey());
            fields.add(new ReportField(label, field.getValue().isValueNode() ? field.getValue().asText()
                    : field.getValue().toString()));
        }
        return new ReportEntry(category.label() + " " + entry.recordId(), fields);
    }
}
