package cn.jining.credithub.services.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.record.SubjectCategory;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.services.table.RuleTableException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shipped masking table (config/publication/masking.tsv) on what the feed publishes. */
class PublicationMaskingTest {

    private static final String ID = "11010519491231002X";
    private final PublicationMasking masking = DefaultTables.masking();

    @Test
    @DisplayName("id-number: first 6 and last 4 characters (common practice, unconfirmed)")
    void idNumbersKeepTheirFirstSixAndLastFour() {
        ObjectNode person = naturalPerson();
        ObjectNode masked = masking.mask(person, SubjectCategory.NATURAL_PERSON);
        assertThat(masked.path("idNumber").asText()).isEqualTo("110105********002X");
        assertThat(masked.path("idType").asText()).isEqualTo("身份证");
        assertThat(person.path("idNumber").asText()).as("the input is left alone").isEqualTo(ID);
    }

    @Test
    @DisplayName("natural-person-name: the surname only (unconfirmed); organisations' names in full")
    void naturalPersonsNamesAreMaskedOrganisationsAreNot() {
        assertThat(masking.mask(naturalPerson(), SubjectCategory.NATURAL_PERSON).path("subjectName").asText())
                .isEqualTo("张**");
        ObjectNode company = SampleRecords.penalty(1);
        assertThat(masking.mask(company, SubjectCategory.LEGAL_PERSON).path("subjectName").asText())
                .isEqualTo(company.path("subjectName").asText());
    }

    @Test
    @DisplayName("representative-id-number: a legal representative's ID is a natural person's ID")
    void representativesIdNumbersAreMasked() {
        ObjectNode company = SampleRecords.penalty(1).put("legalRepresentativeIdNumber", ID);
        assertThat(masking.mask(company, SubjectCategory.LEGAL_PERSON).path("legalRepresentativeIdNumber").asText())
                .isEqualTo("110105********002X");
    }

    @Test
    @DisplayName("phone, mobile, contact: never published; free-text: no phone number, no unmasked ID")
    void phoneNumbersNeverLeave() {
        ObjectNode record = SampleRecords.penalty(1).put("contactPhone", "13912345678").put("mobile", "13912345678")
                .put("contactPerson", "李四")
                .put("violationFacts", "经查，当事人（电话13912345678，座机0537-2345678，身份证" + ID + "）销售过期食品。");
        ObjectNode masked = masking.mask(record, SubjectCategory.LEGAL_PERSON);
        assertThat(masked.has("contactPhone")).isFalse();
        assertThat(masked.has("mobile")).isFalse();
        assertThat(masked.has("contactPerson")).isFalse();
        assertThat(masked.path("violationFacts").asText())
                .isEqualTo("经查，当事人（电话***，座机***，身份证110105********002X）销售过期食品。")
                .doesNotContain("13912345678");
        assertThat(masked.path("decisionNumber").asText()).isEqualTo(record.path("decisionNumber").asText());
        assertThat(masked.path("fineAmount").asInt()).isEqualTo(record.path("fineAmount").asInt());
    }

    @Test
    @DisplayName("birth-date: personal information, never published")
    void birthDatesAreDropped() {
        assertThat(masking.mask(naturalPerson().put("birthDate", "1949-12-31"), SubjectCategory.NATURAL_PERSON)
                .has("birthDate")).isFalse();
    }

    @Test
    void everyShippedRowHasItsLegalBasisAndRule() {
        assertThat(masking.rows()).extracting(PublicationMasking.MaskingRow::id).containsExactly("id-number",
                "representative-id-number", "id-type", "phone", "mobile", "contact", "birth-date",
                "natural-person-name", "free-text");
        assertThat(masking.rows()).allSatisfy(row -> assertThat(row.legalBasis()).isNotBlank());
    }

    @Test
    void surnamesKeepOneCodePoint() {
        assertThat(PublicationMasking.apply(PublicationMasking.Rule.SURNAME, "𠀀明")).isEqualTo("𠀀*");
        assertThat(PublicationMasking.apply(PublicationMasking.Rule.SURNAME, "")).isEmpty();
    }

    @Test
    void anUnknownRuleIsRefused() {
        assertThatThrownBy(() -> PublicationMasking.read("m.tsv", new ByteArrayInputStream(
                "id\tfield\tsubject\trule\tconfirmed\tlegal_basis\nx\tidNumber\t*\tHIDE\tno\tb\n"
                        .getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(RuleTableException.class).hasMessageContaining("m.tsv line 2, column rule");
    }

    private static ObjectNode naturalPerson() {
        ObjectNode person = SampleRecords.penalty(1).put("subjectName", "张三丰").put("subjectCategory", "自然人");
        person.remove("uscc");
        return person.put("idType", "身份证").put("idNumber", ID);
    }
}
