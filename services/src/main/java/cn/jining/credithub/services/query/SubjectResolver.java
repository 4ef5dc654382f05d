package cn.jining.credithub.services.query;

import cn.jining.credithub.repository.query.SubjectDirectory;
import cn.jining.credithub.repository.query.SubjectSummary;
import cn.jining.credithub.services.policy.PolicyRule;
import cn.jining.credithub.services.policy.QueryRefusedException;
import java.util.List;
import java.util.Optional;

/** Finds the one subject a request names by code (and category, where a code names more than one). */
final class SubjectResolver {

    /** Longest code taken: credit codes are 18 characters, document numbers at most 64. */
    static final int MAX_CODE = 64;

    private final SubjectDirectory directory;

    SubjectResolver(SubjectDirectory directory) {
        this.directory = directory;
    }

    Optional<SubjectSummary> resolve(String code, String subjectCategory) {
        if (code == null || code.isBlank() || code.length() > MAX_CODE) {
            throw new QueryRefusedException(PolicyRule.BAD_REQUEST, "code: a credit code or document number of 1-"
                    + MAX_CODE + " characters");
        }
        List<SubjectSummary> found = directory.byCode(code).stream()
                .filter(s -> subjectCategory == null || subjectCategory.isBlank()
                        || s.subjectCategory().equals(subjectCategory.trim()))
                .toList();
        if (found.size() > 1) {
            throw new QueryRefusedException(PolicyRule.BAD_REQUEST, "code names " + found.size()
                    + " subjects; give subjectCategory: " + found.stream().map(SubjectSummary::subjectCategory).toList());
        }
        return found.stream().findFirst();
    }
}
