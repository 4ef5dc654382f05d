package cn.jining.credithub.services.query;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of a 联合奖惩 batch check: how many codes were asked, known and hit, the codes the party may not check
 * (outside its divisions), and for each subject hit its black-list entries and serious penalties with the measures.
 */
public record BatchCheckResult(String requestId, int asked, int known, List<String> outOfScope, List<Hit> hits) {

    /** One subject on a black list or with a serious 失信 record. */
    public record Hit(String code, String subjectCategory, String name, List<ListEntry> lists, List<Penalty> penalties) {
    }

    public record ListEntry(String listName, String authority, LocalDate entryDate, String reason,
                            List<String> measures) {
    }

    public record Penalty(String decisionNumber, String authority, List<String> penaltyKinds, LocalDate decisionDate,
                         LocalDate validUntil, List<String> measures) {
    }
}
