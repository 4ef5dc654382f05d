package cn.jining.credithub.contracts.sample;

import cn.jining.credithub.contracts.code.UnifiedSocialCreditCode;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.record.RecordCategory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/**
 * Demo and test data: valid 行政处罚 records about fictitious Jining enterprises, numbered so that each
 * number gives a different subject and decision. Not real data; never use it outside demos and tests.
 */
public final class SampleRecords {

    /** A fictitious Jining authority (市场监督管理局) with a valid credit code. */
    public static final String AUTHORITY = "济宁市市场监督管理局";
    public static final String AUTHORITY_USCC = creditCode("11370800", 430112);
    private static final LocalDate DECISION_DATE = LocalDate.of(2026, 3, 1);

    private SampleRecords() {
    }

    /**
     * A valid credit code from an 8-character prefix (authority, category, division) and a number for
     * the organisation code body; both check characters are computed.
     */
    public static String creditCode(String prefix8, int number) {
        String body = String.format("%08d", number);
        String first17 = prefix8 + body + UnifiedSocialCreditCode.organisationCheckChar(body);
        return first17 + UnifiedSocialCreditCode.checkChar(first17);
    }

    /** The fields of a valid penalty against enterprise number {@code n}. */
    public static ObjectNode penalty(int n) {
        ObjectNode data = ContractsJson.mapper().createObjectNode();
        data.put("subjectName", "济宁示例企业" + n + "有限公司");
        data.put("subjectCategory", "法人及非法人组织");
        data.put("uscc", creditCode("91370800", 10_000_000 + n));
        data.put("legalRepresentative", "张示例");
        data.put("decisionNumber", "济市监处罚〔2026〕" + n + "号");
        data.put("violationType", "虚假宣传");
        data.put("violationFacts", "当事人在其经营场所发布含有虚假内容的广告宣传材料，涉及商品" + n + "件。");
        data.put("penaltyBasis", "《中华人民共和国反不正当竞争法》第二十条第一款");
        data.putArray("penaltyKinds").add("罚款");
        data.put("penaltyContent", "责令停止违法行为，罚款人民币" + (n % 50 + 1) + "万元");
        data.put("fineAmount", n % 50 + 1);
        data.put("decisionDate", DECISION_DATE.toString());
        data.put("validUntil", DECISION_DATE.plusYears(1).toString());
        data.put("authority", AUTHORITY);
        data.put("authorityUscc", AUTHORITY_USCC);
        data.put("dataSource", AUTHORITY);
        data.put("dataSourceUscc", AUTHORITY_USCC);
        return data;
    }

    public static SubmittedRecord penaltyRecord(String recordId, int n) {
        return new SubmittedRecord(recordId, RecordCategory.ADMIN_PENALTY.name(), penalty(n));
    }
}
