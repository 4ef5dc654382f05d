package cn.jining.credithub.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.sample.SampleRecords;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

class AdministrativeLicenceRulesTest extends SubjectRecordRulesTest {

    AdministrativeLicenceRulesTest() {
        super(RecordCategory.ADMIN_LICENCE);
    }

    @Test
    void acceptsTheSample() {
        AcceptedRecord accepted = fixture.acceptAs(SampleRecords.licence(7), "LEGAL_PERSON",
                SampleRecords.enterpriseUscc(7));
        assertThat(accepted.data().has("category")).isFalse();
    }

    @Override
    Stream<String> requiredFields() {
        return Stream.of("subjectName", "subjectCategory", "uscc", "decisionDocumentName", "decisionNumber",
                "licenceKind", "licenceContent", "decisionDate", "validFrom", "validTo", "authority", "authorityUscc",
                "currentStatus", "dataSource", "dataSourceUscc");
    }

    @Override
    Stream<Arguments> acceptances() {
        return Stream.of(
                acceptance("no legal representative: the licence list does not require one",
                        d -> d.remove("legalRepresentative")),
                acceptance("validFrom before decisionDate: not a rule of the standard",
                        d -> d.put("validFrom", "2025-01-01")),
                acceptance("validTo on validFrom", d -> d.put("validTo", d.get("validFrom").asText())),
                acceptance("decisionDate today", d -> d.put("decisionDate", CategoryFixture.TODAY.toString())),
                acceptance("licence kind 特许", d -> d.put("licenceKind", "特许")),
                acceptance("licence kind by code", d -> d.put("licenceKind", "05")),
                acceptance("status 无效", d -> d.put("currentStatus", "无效")),
                acceptance("optional certificate fields absent",
                        d -> d.remove(List.of("certificateName", "licenceNumber"))));
    }

    @Override
    Stream<Arguments> rejections() {
        return Stream.of(
                rejection("licence kind not in licence-kind", d -> d.put("licenceKind", "许可"),
                        tuple("licenceKind", Rules.CODE_TABLE)),
                rejection("status not in licence-status", d -> d.put("currentStatus", "过期"),
                        tuple("currentStatus", Rules.CODE_TABLE)),
                rejection("validTo before validFrom", d -> d.put("validTo", "2026-02-28"),
                        tuple("validTo", Rules.DATE_ORDER)),
                rejection("decisionDate in the future",
                        d -> d.put("decisionDate", CategoryFixture.TODAY.plusDays(1).toString()),
                        tuple("decisionDate", Rules.DATE_IN_FUTURE)),
                rejection("bad authority credit code", d -> d.put("authorityUscc", "914403001922038217"),
                        tuple("authorityUscc", Rules.USCC_CHECKSUM)),
                rejection("bad id number of a natural person", naturalPerson(),
                        d -> d.put("idNumber", "110105194912310021"), tuple("idNumber", Rules.ID_NUMBER_CHECKSUM)),
                rejection("decision number too long", d -> d.put("decisionNumber", "号".repeat(129)),
                        tuple("decisionNumber", Rules.TOO_LONG)));
    }
}
