package cn.jining.credithub.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.sample.SampleRecords;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

class EnterpriseBasicsRulesTest extends CategoryRulesTest {

    EnterpriseBasicsRulesTest() {
        super(RecordCategory.ENTERPRISE_BASICS);
    }

    @Test
    void acceptsTheSampleAsALegalPersonKeyedByItsCreditCode() {
        AcceptedRecord accepted = fixture.acceptAs(SampleRecords.enterpriseBasics(5), "LEGAL_PERSON",
                SampleRecords.enterpriseUscc(5));
        // The fixed subject category is not part of the record's data.
        assertThat(accepted.data().has("subjectCategory")).isFalse();
        assertThat(accepted.data().get("registeredCapital").decimalValue()).isEqualByComparingTo("105");
    }

    @Override
    Stream<String> requiredFields() {
        return Stream.of("name", "uscc", "enterpriseType", "legalRepresentative", "establishmentDate",
                "registrationAuthority", "businessScope", "address", "registrationStatus", "region");
    }

    @Override
    Stream<Arguments> acceptances() {
        return Stream.of(
                acceptance("no registered capital (a partnership)", d -> d.remove("registeredCapital")),
                acceptance("status 吊销", d -> d.put("registrationStatus", "吊销")),
                acceptance("status by code", d -> d.put("registrationStatus", "04")),
                acceptance("region of the city", d -> d.put("region", "370800")),
                acceptance("established today", d -> d.put("establishmentDate", CategoryFixture.TODAY.toString())));
    }

    @Override
    Stream<Arguments> rejections() {
        return Stream.of(
                rejection("status not in registration-status", d -> d.put("registrationStatus", "营业"),
                        tuple("registrationStatus", Rules.CODE_TABLE)),
                rejection("region not a division code", d -> d.put("region", "379999"),
                        tuple("region", Rules.DIVISION_CODE)),
                rejection("established in the future",
                        d -> d.put("establishmentDate", CategoryFixture.TODAY.plusDays(1).toString()),
                        tuple("establishmentDate", Rules.DATE_IN_FUTURE)),
                rejection("negative registered capital", d -> d.put("registeredCapital", new BigDecimal("-1")),
                        tuple("registeredCapital", Rules.AMOUNT_NEGATIVE)),
                rejection("bad credit code", d -> d.put("uscc", "914403001922038217"),
                        tuple("uscc", Rules.USCC_CHECKSUM)),
                rejection("a subject category of its own", d -> d.put("subjectCategory", "法人及非法人组织"),
                        tuple("subjectCategory", Rules.UNKNOWN_FIELD)));
    }
}
