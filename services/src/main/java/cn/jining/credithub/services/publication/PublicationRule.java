package cn.jining.credithub.services.publication;

import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectCategory;
import java.time.Period;
import java.util.List;
import java.util.Set;

/**
 * One row of the publication rule table (config/publication/rules.tsv; columns explained there and in
 * docs/publication.md). Null stands for the table's '*' (subjects, kind) or '-' (everything else).
 */
public record PublicationRule(String id, RecordCategory category, Set<SubjectCategory> subjects, String penaltyKind,
                              List<String> domainKeywords, boolean published, String dateField, Period minPeriod,
                              Period maxPeriod, String endField, String withdrawField, String withdrawValue,
                              Integer withinWorkingDays, boolean confirmed, String legalBasis) {

    /** Whether this row is about a record of {@code category} and {@code subject} (kind and domain apart). */
    boolean covers(RecordCategory category, SubjectCategory subject) {
        return this.category == category && (subjects == null || subjects.contains(subject));
    }

    /** A row about a category and subject as such, not one penalty kind or domain. */
    boolean general() {
        return penaltyKind == null && domainKeywords.isEmpty();
    }

    /** Whether the record's penalty kinds and texts fall under this row. */
    boolean matches(List<String> kinds, String texts) {
        boolean kind = penaltyKind == null || kinds.contains(penaltyKind);
        boolean domain = domainKeywords.isEmpty() || domainKeywords.stream().anyMatch(texts::contains);
        return kind && domain;
    }
}
