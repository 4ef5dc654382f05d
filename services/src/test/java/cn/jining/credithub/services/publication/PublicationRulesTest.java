package cn.jining.credithub.services.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectCategory;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.services.calendar.WorkingDayCalendar;
import cn.jining.credithub.services.table.RuleTableException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every row of the shipped rule table (config/publication/rules.tsv), each by a test that names its legal basis;
 * {@link #everyShippedRuleHasATest} fails when a row is added without one.
 */
class PublicationRulesTest {

    /** The rows the tests below cover; keep in step with rules.tsv. */
    private static final Set<String> TESTED = Set.of("penalty", "penalty-special-equipment", "penalty-work-safety",
            "penalty-fire-safety", "penalty-natural-person", "licence", "licence-natural-person", "credit-list",
            "credit-list-natural-person", "basics-enterprise", "basics-non-enterprise", "basics-natural-person");
    private static final LocalDate DECIDED = LocalDate.of(2026, 3, 1);
    private final PublicationRules rules = DefaultTables.rules();

    @Test
    void everyShippedRuleHasATest() {
        Set<String> shipped = rules.rules().stream().map(PublicationRule::id).collect(Collectors.toSet());
        assertThat(new TreeSet<>(shipped)).isEqualTo(new TreeSet<>(TESTED));
    }

    @Test
    @DisplayName("penalty: 国家发展改革委令2023年第58号, 3 months to 3 years from the decision; 双公示 7 working days")
    void penaltyIsPublishedFromThreeMonthsToThreeYears() {
        assertBasis("penalty", "第58号");
        PublicationDecision decision = penalty(SampleRecords.penalty(1));
        assertThat(decision.published()).isTrue();
        assertThat(decision.from()).isEqualTo(DECIDED);
        assertThat(decision.minimumUntil()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(decision.until()).isEqualTo(LocalDate.of(2029, 2, 28));
        // Sun 1 Mar 2026: Mon 2 ... Tue 10 is the 7th working day.
        assertThat(decision.publishBy()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(decision.showsOn(LocalDate.of(2029, 2, 28))).isTrue();
        assertThat(decision.showsOn(LocalDate.of(2029, 3, 1))).isFalse();
    }

    @Test
    @DisplayName("penalty: 公示截止期 of the source ends publication, but never before the minimum nor after the maximum")
    void theSourcesDeadlineIsKeptWithinTheLegalPeriod() {
        assertBasis("penalty", "最短3个月、最长3年");
        ObjectNode early = SampleRecords.penalty(2).put("publicityDeadline", "2026-04-01");
        assertThat(penalty(early).until()).isEqualTo(LocalDate.of(2026, 5, 31));
        ObjectNode within = SampleRecords.penalty(2).put("publicityDeadline", "2027-03-01");
        assertThat(penalty(within).until()).isEqualTo(LocalDate.of(2027, 3, 1));
        ObjectNode late = SampleRecords.penalty(2).put("publicityDeadline", "2099-12-31");
        assertThat(penalty(late).until()).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    @DisplayName("penalty-special-equipment: 第58号, at least 1 year for special equipment")
    void specialEquipmentPenaltiesAtLeastOneYear() {
        assertDomainMinimumOneYear("penalty-special-equipment", "penaltyBasis", "《中华人民共和国特种设备安全法》第八十四条");
    }

    @Test
    @DisplayName("penalty-work-safety: 第58号, at least 1 year for work safety")
    void workSafetyPenaltiesAtLeastOneYear() {
        assertDomainMinimumOneYear("penalty-work-safety", "violationType", "违反安全生产管理规定");
    }

    @Test
    @DisplayName("penalty-fire-safety: 第58号, at least 1 year for fire safety")
    void fireSafetyPenaltiesAtLeastOneYear() {
        assertDomainMinimumOneYear("penalty-fire-safety", "penaltyBasis", "《中华人民共和国消防法》第六十条");
    }

    @Test
    @DisplayName("penalty-natural-person: 双公示 subject class 自然人, unconfirmed, so configurable")
    void naturalPersonsPenaltiesArePublishedButTheRowIsUnconfirmed() {
        assertBasis("penalty-natural-person", "自然人");
        assertThat(rule("penalty-natural-person").confirmed()).isFalse();
        assertThat(rules.decide(RecordCategory.ADMIN_PENALTY, SubjectCategory.NATURAL_PERSON, SampleRecords.penalty(3))
                .until()).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    @DisplayName("licence: 双公示 7 working days; shown while 有效 and until 有效期至")
    void licencesAreShownWhileValid() {
        assertBasis("licence", "7个工作日");
        PublicationDecision valid = licence(SampleRecords.licence(1));
        assertThat(valid.published()).isTrue();
        assertThat(valid.until()).isEqualTo(LocalDate.of(2031, 2, 28));
        assertThat(valid.publishBy()).isEqualTo(LocalDate.of(2026, 3, 10));
        PublicationDecision revoked = licence(SampleRecords.licence(1).put("currentStatus", "无效"));
        assertThat(revoked.published()).isFalse();
        assertThat(revoked.reason()).contains("currentStatus is 无效");
    }

    @Test
    @DisplayName("licence-natural-person: unconfirmed, least disclosure: not published")
    void naturalPersonsLicencesAreNotPublished() {
        assertBasis("licence-natural-person", "least disclosure");
        assertThat(rules.decide(RecordCategory.ADMIN_LICENCE, SubjectCategory.NATURAL_PERSON, SampleRecords.licence(1))
                .published()).isFalse();
    }

    @Test
    @DisplayName("credit-list: listing decision, until 移出日期 (unconfirmed)")
    void creditListsUntilRemoval() {
        assertBasis("credit-list", "移出日期");
        ObjectNode entry = SampleRecords.creditListEntry(1);
        PublicationDecision listed = rules.decide(RecordCategory.CREDIT_LIST, SubjectCategory.LEGAL_PERSON, entry);
        assertThat(listed.published()).isTrue();
        assertThat(listed.until()).isNull();
        entry.put("removalDate", "2026-09-30");
        assertThat(rules.decide(RecordCategory.CREDIT_LIST, SubjectCategory.LEGAL_PERSON, entry).until())
                .isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    @DisplayName("credit-list-natural-person: least disclosure, not published")
    void naturalPersonsOnListsAreNotPublished() {
        assertBasis("credit-list-natural-person", "least disclosure");
        assertThat(rules.decide(RecordCategory.CREDIT_LIST, SubjectCategory.NATURAL_PERSON,
                SampleRecords.creditListEntry(1)).published()).isFalse();
    }

    @Test
    @DisplayName("basics-*: not 双公示 categories; natural persons' basics: 个人信息保护法 art. 25")
    void baseDataIsNeverPublished() {
        assertBasis("basics-enterprise", "not a 双公示 category");
        assertBasis("basics-non-enterprise", "not a 双公示 category");
        assertBasis("basics-natural-person", "个人信息保护法");
        assertThat(rules.decide(RecordCategory.ENTERPRISE_BASICS, SubjectCategory.LEGAL_PERSON,
                SampleRecords.enterpriseBasics(1)).published()).isFalse();
        assertThat(rules.decide(RecordCategory.NON_ENTERPRISE_BASICS, SubjectCategory.LEGAL_PERSON,
                SampleRecords.nonEnterpriseBasics(1)).published()).isFalse();
        assertThat(rules.decide(RecordCategory.NATURAL_PERSON_BASICS, SubjectCategory.NATURAL_PERSON,
                SampleRecords.naturalPersonBasics(1)).published()).isFalse();
    }

    @Test
    @DisplayName("several penalty kinds in one decision: the longest period applies")
    void theLongestKindApplies() {
        PublicationRules byKind = table("""
                g\tADMIN_PENALTY\t*\t*\t-\tyes\tdecisionDate\tP3M\tP1Y\t-\t-\t7\tyes\tgeneral
                warning\tADMIN_PENALTY\t*\t警告\t-\tyes\tdecisionDate\tP3M\tP6M\t-\t-\t7\tno\tkind
                revoked\tADMIN_PENALTY\t*\t吊销许可证件\t-\tyes\tdecisionDate\tP1Y\tP3Y\t-\t-\t7\tno\tkind
                """);
        ObjectNode both = SampleRecords.penalty(4);
        both.putArray("penaltyKinds").add("警告").add("吊销许可证件");
        PublicationDecision decision = byKind.decide(RecordCategory.ADMIN_PENALTY, SubjectCategory.LEGAL_PERSON, both);
        assertThat(decision.minimumUntil()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(decision.until()).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(decision.ruleIds()).containsExactly("g", "warning", "revoked");
    }

    @Test
    @DisplayName("a kind that is not published vetoes only when every kind of the decision is vetoed")
    void aKindVetoNeedsEveryKind() {
        PublicationRules noWarnings = table("""
                g\tADMIN_PENALTY\t*\t*\t-\tyes\tdecisionDate\tP3M\tP3Y\t-\t-\t7\tyes\tgeneral
                warning\tADMIN_PENALTY\t*\t警告\t-\tno\tdecisionDate\t-\t-\t-\t-\t-\tno\tsummary-procedure warnings
                """);
        ObjectNode warning = SampleRecords.penalty(5);
        warning.putArray("penaltyKinds").add("警告");
        assertThat(noWarnings.decide(RecordCategory.ADMIN_PENALTY, SubjectCategory.LEGAL_PERSON, warning).published())
                .isFalse();
        warning.putArray("penaltyKinds").add("警告").add("罚款");
        assertThat(noWarnings.decide(RecordCategory.ADMIN_PENALTY, SubjectCategory.LEGAL_PERSON, warning).published())
                .isTrue();
    }

    @Test
    @DisplayName("deny by default: a domain row alone publishes nothing without a general row for the subject")
    void domainRowsAloneDoNotPublish() {
        PublicationRules onlyDomain = table("""
                fire\tADMIN_PENALTY\t*\t*\t消防\tyes\tdecisionDate\tP1Y\tP3Y\t-\t-\t7\tyes\tdomain
                """);
        ObjectNode fire = SampleRecords.penalty(6).put("penaltyBasis", "《中华人民共和国消防法》");
        assertThat(onlyDomain.decide(RecordCategory.ADMIN_PENALTY, SubjectCategory.NATURAL_PERSON, fire).published())
                .isFalse();
    }

    @Test
    void aRecordWithoutItsDateIsNotPublished() {
        ObjectNode undated = SampleRecords.penalty(7);
        undated.remove("decisionDate");
        assertThat(penalty(undated).published()).isFalse();
        assertThat(penalty(undated).reason()).contains("decisionDate");
    }

    @Test
    void badTablesAreRefusedNamingLineAndColumn() {
        assertThatThrownBy(() -> table("x\tNO_SUCH\t*\t*\t-\tyes\td\tP3M\tP3Y\t-\t-\t7\tyes\tb\n"))
                .isInstanceOf(RuleTableException.class).hasMessageContaining("line 2, column category");
        assertThatThrownBy(() -> table("x\tADMIN_PENALTY\t*\t*\t-\tyes\td\t3 months\tP3Y\t-\t-\t7\tyes\tb\n"))
                .hasMessageContaining("column min_period");
        assertThatThrownBy(() -> table("x\tADMIN_PENALTY\t*\t*\t-\tyes\td\tP3Y\tP3M\t-\t-\t7\tyes\tb\n"))
                .hasMessageContaining("longer than max_period");
        assertThatThrownBy(() -> table("x\tADMIN_PENALTY\tROBOT\t*\t-\tyes\td\tP3M\tP3Y\t-\t-\t7\tyes\tb\n"))
                .hasMessageContaining("column subject");
        assertThatThrownBy(() -> table("x\tADMIN_PENALTY\t*\t*\t-\tmaybe\td\tP3M\tP3Y\t-\t-\t7\tyes\tb\n"))
                .hasMessageContaining("yes or no");
        assertThatThrownBy(() -> table("x\tADMIN_PENALTY\t*\t*\t-\tyes\td\tP3M\tP3Y\t-\t-\t7\tyes\tb\n"
                + "x\tADMIN_PENALTY\t*\t*\t-\tyes\td\tP3M\tP3Y\t-\t-\t7\tyes\tb\n")).hasMessageContaining("defined twice");
        assertThatThrownBy(() -> table("x\tADMIN_PENALTY\t*\t*\t-\tyes\td\tP3M\tP3Y\t-\t-\t\tyes\tb\n"))
                .hasMessageContaining("is empty");
    }

    private void assertDomainMinimumOneYear(String id, String field, String text) {
        assertBasis(id, "第58号");
        assertBasis(id, "最短公示期1年");
        ObjectNode record = SampleRecords.penalty(8).put(field, text);
        PublicationDecision decision = penalty(record);
        assertThat(decision.ruleIds()).contains("penalty", id);
        assertThat(decision.minimumUntil()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(decision.until()).isEqualTo(LocalDate.of(2029, 2, 28));
        // An early 公示截止期 cannot cut it below the domain's year.
        record.put("publicityDeadline", "2026-06-01");
        assertThat(penalty(record).until()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    private void assertBasis(String id, String names) {
        assertThat(rule(id).legalBasis()).as("legal basis of rule " + id).contains(names);
    }

    private PublicationRule rule(String id) {
        return rules.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private PublicationDecision penalty(ObjectNode data) {
        return rules.decide(RecordCategory.ADMIN_PENALTY, SubjectCategory.LEGAL_PERSON, data);
    }

    private PublicationDecision licence(ObjectNode data) {
        return rules.decide(RecordCategory.ADMIN_LICENCE, SubjectCategory.LEGAL_PERSON, data);
    }

    private static PublicationRules table(String rows) {
        String header = "id\tcategory\tsubject\tpenalty_kind\tdomain_keywords\tpublished\tdate_field\tmin_period\t"
                + "max_period\tend_field\twithdraw_when\twithin_working_days\tconfirmed\tlegal_basis\n";
        return PublicationRules.read("t.tsv", new ByteArrayInputStream((header + rows).getBytes(StandardCharsets.UTF_8)),
                WorkingDayCalendar.weekendsOnly());
    }
}
