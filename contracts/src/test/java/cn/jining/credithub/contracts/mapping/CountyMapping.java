package cn.jining.credithub.contracts.mapping;

import static cn.jining.credithub.contracts.mapping.MappingRule.constant;
import static cn.jining.credithub.contracts.mapping.MappingRule.converted;
import static cn.jining.credithub.contracts.mapping.MappingRule.rename;
import static cn.jining.credithub.contracts.mapping.MappingRule.translated;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.sample.SampleRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * A county system that exports its own Chinese column names, compact dates and numeric subject codes, as
 * the demo source {@code qufu} does; and records in that shape, made from the valid sample penalties.
 */
final class CountyMapping {

    static final String DATA_SOURCE = "曲阜市综合行政执法局";

    private CountyMapping() {
    }

    static List<MappingRule> rules() {
        return List.of(
                rename("行政相对人名称", "subjectName"),
                translated("行政相对人类别", "subjectCategory", Map.of("1", "法人及非法人组织", "2", "自然人", "3", "个体工商户")),
                rename("统一社会信用代码", "uscc"),
                rename("法定代表人", "legalRepresentative"),
                rename("行政处罚决定书文号", "decisionNumber"),
                rename("违法行为类型", "violationType"),
                rename("违法事实", "violationFacts"),
                rename("处罚依据", "penaltyBasis"),
                converted("处罚类别", "penaltyKinds", "split:;；"),
                rename("处罚内容", "penaltyContent"),
                rename("罚款金额", "fineAmount"),
                converted("处罚决定日期", "decisionDate", "date:yyyyMMdd"),
                converted("处罚有效期", "validUntil", "date:yyyy年M月d日"),
                rename("处罚机关", "authority"),
                rename("处罚机关统一社会信用代码", "authorityUscc"),
                converted("备注", "remarks", "trim"),
                constant("dataSource", DATA_SOURCE),
                constant("dataSourceUscc", SampleRecords.AUTHORITY_USCC));
    }

    static FieldMapping mapping(Boolean passThrough) {
        return new FieldMapping(Map.of("ADMIN_PENALTY", new CategoryMapping(passThrough, rules())));
    }

    /** Sample penalty {@code n} as the county exports it. */
    static ObjectNode record(int n) {
        ObjectNode canonical = SampleRecords.penalty(n);
        ObjectNode data = ContractsJson.mapper().createObjectNode();
        data.set("行政相对人名称", canonical.get("subjectName"));
        data.put("行政相对人类别", "1");
        data.set("统一社会信用代码", canonical.get("uscc"));
        data.set("法定代表人", canonical.get("legalRepresentative"));
        data.set("行政处罚决定书文号", canonical.get("decisionNumber"));
        data.set("违法行为类型", canonical.get("violationType"));
        data.set("违法事实", canonical.get("violationFacts"));
        data.set("处罚依据", canonical.get("penaltyBasis"));
        data.put("处罚类别", "罚款；警告");
        data.set("处罚内容", canonical.get("penaltyContent"));
        data.set("罚款金额", canonical.get("fineAmount"));
        data.put("处罚决定日期", "20260301");
        data.put("处罚有效期", "2027年3月1日");
        data.set("处罚机关", canonical.get("authority"));
        data.set("处罚机关统一社会信用代码", canonical.get("authorityUscc"));
        return data;
    }
}
