package cn.jining.credithub.contracts.sample;

import cn.jining.credithub.contracts.code.ResidentIdNumber;
import cn.jining.credithub.contracts.code.UnifiedSocialCreditCode;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.record.RecordCategory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Demo and test data: valid records of every category about fictitious Jining subjects, numbered so that
 * each number gives a different subject and decision; number n of every category is about the same
 * enterprise. Not real data; never use it outside demos and tests.
 */
public final class SampleRecords {

    /** A fictitious Jining authority (市场监督管理局) with a valid credit code. */
    public static final String AUTHORITY = "济宁市市场监督管理局";
    public static final String AUTHORITY_USCC = creditCode("11370800", 430112);
    /** A fictitious tax authority, which keeps a credit list. */
    public static final String TAX_AUTHORITY = "国家税务总局济宁市税务局";
    public static final String TAX_AUTHORITY_USCC = creditCode("11370800", 430139);
    private static final LocalDate DECISION_DATE = LocalDate.of(2026, 3, 1);
    /** Distinct birth dates; with the sequence, numbers below five million give distinct people. */
    private static final int BIRTH_DAYS = 10_000;

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

    /** A valid resident ID number of someone registered in 任城区 (370811), born on {@code birth}. */
    public static String idNumber(LocalDate birth, int sequence) {
        String first17 = "370811" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", sequence % 1000);
        return first17 + ResidentIdNumber.checkChar(first17);
    }

    /** The credit code of enterprise number {@code n}, the subject of {@link #penalty(int)} and the others. */
    public static String enterpriseUscc(int n) {
        return creditCode("91370800", 10_000_000 + n);
    }

    /** The fields of a valid, current 普通 licence granted to enterprise number {@code n}. */
    public static ObjectNode licence(int n) {
        ObjectNode data = ContractsJson.mapper().createObjectNode();
        data.put("subjectName", "济宁示例企业" + n + "有限公司");
        data.put("subjectCategory", "法人及非法人组织");
        data.put("uscc", enterpriseUscc(n));
        data.put("legalRepresentative", "张示例");
        data.put("decisionDocumentName", "准予行政许可决定书");
        data.put("decisionNumber", "济市监许〔2026〕" + n + "号");
        data.put("licenceKind", "普通");
        data.put("certificateName", "食品经营许可证");
        data.put("licenceNumber", String.format("JY1370811%07d", n % 10_000_000));
        data.put("licenceContent", "食品销售经营者（食品销售）：预包装食品（含冷藏冷冻食品）销售");
        data.put("decisionDate", DECISION_DATE.toString());
        data.put("validFrom", DECISION_DATE.toString());
        data.put("validTo", DECISION_DATE.plusYears(5).minusDays(1).toString());
        data.put("authority", AUTHORITY);
        data.put("authorityUscc", AUTHORITY_USCC);
        data.put("currentStatus", "有效");
        data.put("dataSource", AUTHORITY);
        data.put("dataSourceUscc", AUTHORITY_USCC);
        return data;
    }

    /** The fields of a valid, current black-list (失信惩戒) entry of enterprise number {@code n}. */
    public static ObjectNode creditListEntry(int n) {
        ObjectNode data = ContractsJson.mapper().createObjectNode();
        data.put("listName", "重大税收违法失信主体名单");
        data.put("listType", "失信惩戒");
        data.put("subjectName", "济宁示例企业" + n + "有限公司");
        data.put("subjectCategory", "法人及非法人组织");
        data.put("uscc", enterpriseUscc(n));
        data.put("reason", "虚开增值税专用发票，涉及税款" + (n % 90 + 10) + "万元");
        data.put("authority", TAX_AUTHORITY);
        data.put("authorityUscc", TAX_AUTHORITY_USCC);
        data.put("basis", "《重大税收违法失信主体信息公布管理办法》第六条");
        data.put("entryDate", DECISION_DATE.toString());
        data.put("dataSource", TAX_AUTHORITY);
        data.put("dataSourceUscc", TAX_AUTHORITY_USCC);
        return data;
    }

    /** The base information of enterprise number {@code n}, registered in 任城区. */
    public static ObjectNode enterpriseBasics(int n) {
        ObjectNode data = ContractsJson.mapper().createObjectNode();
        data.put("name", "济宁示例企业" + n + "有限公司");
        data.put("uscc", enterpriseUscc(n));
        data.put("enterpriseType", "有限责任公司（自然人投资或控股）");
        data.put("legalRepresentative", "张示例");
        data.put("registeredCapital", n % 500 + 100);
        data.put("establishmentDate", LocalDate.of(2010, 1, 1).plusDays(n % 5000).toString());
        data.put("registrationAuthority", AUTHORITY);
        data.put("businessScope", "一般项目：食品销售（仅销售预包装食品）；日用百货销售。");
        data.put("address", "山东省济宁市任城区示例路" + n + "号");
        data.put("registrationStatus", "存续");
        data.put("region", "370811");
        return data;
    }

    /** The base information of social organisation number {@code n}, registered with the city. */
    public static ObjectNode nonEnterpriseBasics(int n) {
        ObjectNode data = ContractsJson.mapper().createObjectNode();
        data.put("name", "济宁市示例行业协会" + n);
        data.put("uscc", creditCode("51370800", 20_000_000 + n));
        data.put("kind", "社会团体");
        data.put("legalRepresentative", "李示例");
        data.put("registrationAuthority", "济宁市民政局");
        data.put("address", "山东省济宁市任城区示例路" + n + "号");
        data.put("region", "370800");
        data.put("registrationStatus", "存续");
        return data;
    }

    /** The base information of person number {@code n}: gender and birth date agree with the ID number. */
    public static ObjectNode naturalPersonBasics(int n) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n % BIRTH_DAYS);
        // The sequence's parity is the sex (odd for men); alternate it so that the samples have both.
        int sequence = (2 * (n / BIRTH_DAYS) + n % 2) % 1000;
        ObjectNode data = ContractsJson.mapper().createObjectNode();
        data.put("name", "王示例" + n);
        data.put("idType", "身份证");
        data.put("idNumber", idNumber(birth, sequence));
        data.put("gender", sequence % 2 == 1 ? "男性" : "女性");
        data.put("birthDate", birth.toString());
        data.put("region", "370811");
        return data;
    }

    /** Number {@code n}'s valid record of any category. */
    public static ObjectNode of(RecordCategory category, int n) {
        return switch (category) {
            case ADMIN_PENALTY -> penalty(n);
            case ADMIN_LICENCE -> licence(n);
            case CREDIT_LIST -> creditListEntry(n);
            case ENTERPRISE_BASICS -> enterpriseBasics(n);
            case NON_ENTERPRISE_BASICS -> nonEnterpriseBasics(n);
            case NATURAL_PERSON_BASICS -> naturalPersonBasics(n);
        };
    }

    public static SubmittedRecord record(RecordCategory category, String recordId, int n) {
        return new SubmittedRecord(recordId, category.name(), of(category, n));
    }
}
