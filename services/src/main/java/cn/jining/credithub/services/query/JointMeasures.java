package cn.jining.credithub.services.query;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 联合奖惩 rules the batch check applies, as data (credithub.query.measures in query-policy.yml): which penalty
 * kinds make a penalty a serious 失信 record, and the measures that apply to each black list and to serious penalties.
 *
 * @param byList          measures per list name (名单名称)
 * @param blackList       measures for a black list not named in {@code byList}
 * @param seriousKinds    penalty kinds (处罚类别 labels) that make a penalty serious
 * @param seriousPenalty  measures that apply to a subject with a serious penalty in force
 */
public record JointMeasures(Map<String, List<String>> byList, List<String> blackList, Set<String> seriousKinds,
                            List<String> seriousPenalty) {

    public JointMeasures {
        byList = byList == null ? Map.of() : Map.copyOf(byList);
        blackList = blackList == null ? List.of() : List.copyOf(blackList);
        seriousKinds = seriousKinds == null ? Set.of() : Set.copyOf(seriousKinds);
        seriousPenalty = seriousPenalty == null ? List.of() : List.copyOf(seriousPenalty);
    }

    public List<String> forList(String listName) {
        return byList.getOrDefault(listName, blackList);
    }
}
