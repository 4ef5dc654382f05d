package cn.jining.credithub.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.sample.SampleRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

class NonEnterpriseLegalPersonBasicsRulesTest extends CategoryRulesTest {

    NonEnterpriseLegalPersonBasicsRulesTest() {
        super(RecordCategory.NON_ENTERPRISE_BASICS);
    }

    @Test
    void acceptsTheSampleAsALegalPersonKeyedByItsCreditCode() {
        ObjectNode sample = SampleRecords.nonEnterpriseBasics(2);
        AcceptedRecord accepted = fixture.acceptAs(sample, "LEGAL_PERSON", sample.get("uscc").asText());
        assertThat(accepted.data().has("subjectCategory")).isFalse();
    }

    @Override
    Stream<String> requiredFields() {
        return Stream.of("name", "uscc", "kind", "legalRepresentative", "registrationAuthority", "address",
                "region", "registrationStatus");
    }

    @Override
    Stream<Arguments> acceptances() {
        return Stream.of(
                acceptance("a public institution", d -> d.put("kind", "事业单位")),
                acceptance("kind by code", d -> d.put("kind", "05")),
                acceptance("deregistered", d -> d.put("registrationStatus", "注销")),
                acceptance("region of a county", d -> d.put("region", "370881")));
    }

    @Override
    Stream<Arguments> rejections() {
        return Stream.of(
                rejection("kind not in legal-person-kind", d -> d.put("kind", "企业"), tuple("kind", Rules.CODE_TABLE)),
                rejection("status not in registration-status", d -> d.put("registrationStatus", "正常"),
                        tuple("registrationStatus", Rules.CODE_TABLE)),
                rejection("region not a division code", d -> d.put("region", "3708"),
                        tuple("region", Rules.DIVISION_CODE)),
                rejection("bad credit code", d -> d.put("uscc", "51370800MA"), tuple("uscc", Rules.USCC_FORMAT)),
                rejection("a subject category of its own", d -> d.put("subjectCategory", "法人及非法人组织"),
                        tuple("subjectCategory", Rules.UNKNOWN_FIELD)));
    }
}
