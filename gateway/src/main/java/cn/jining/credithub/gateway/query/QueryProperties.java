package cn.jining.credithub.gateway.query;

import cn.jining.credithub.services.policy.PartyPolicy;
import cn.jining.credithub.services.query.JointMeasures;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code credithub.query.*} (config/src/main/resources/query-policy.yml, docs/query.md): the access policy, one entry
 * per party (deny by default: none, no reads), and the 联合奖惩 measures of the batch check.
 */
@ConfigurationProperties("credithub.query")
public record QueryProperties(List<PartyPolicy> parties, JointMeasures measures) {

    public QueryProperties {
        parties = parties == null ? List.of() : List.copyOf(parties);
        measures = measures == null ? new JointMeasures(null, null, null, null) : measures;
    }
}
