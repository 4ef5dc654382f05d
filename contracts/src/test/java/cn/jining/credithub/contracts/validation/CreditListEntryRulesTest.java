package cn.jining.credithub.contracts.validation;

import static org.assertj.core.api.Assertions.tuple;

import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.sample.SampleRecords;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

class CreditListEntryRulesTest extends SubjectRecordRulesTest {

    CreditListEntryRulesTest() {
        super(RecordCategory.CREDIT_LIST);
    }

    @Test
    void acceptsTheSample() {
        fixture.acceptAs(SampleRecords.creditListEntry(3), "LEGAL_PERSON", SampleRecords.enterpriseUscc(3));
    }

    @Override
    Stream<String> requiredFields() {
        return Stream.of("listName", "listType", "subjectName", "subjectCategory", "uscc", "reason", "authority",
                "authorityUscc", "basis", "entryDate", "dataSource", "dataSourceUscc");
    }

    @Override
    Stream<Arguments> acceptances() {
        return Stream.of(
                acceptance("red list", d -> d.put("listType", "守信激励")),
                acceptance("list type by code", d -> d.put("listType", "01")),
                acceptance("removed on the day of entry", d -> d.put("removalDate", d.get("entryDate").asText())),
                acceptance("removal announced for a future day",
                        d -> d.put("removalDate", CategoryFixture.TODAY.plusYears(1).toString())),
                acceptance("entered today", d -> d.put("entryDate", CategoryFixture.TODAY.toString())));
    }

    @Override
    Stream<Arguments> rejections() {
        return Stream.of(
                rejection("list type not in list-type", d -> d.put("listType", "黑名单"),
                        tuple("listType", Rules.CODE_TABLE)),
                rejection("entryDate in the future",
                        d -> d.put("entryDate", CategoryFixture.TODAY.plusDays(1).toString()),
                        tuple("entryDate", Rules.DATE_IN_FUTURE)),
                rejection("removalDate before entryDate", d -> d.put("removalDate", "2026-02-28"),
                        tuple("removalDate", Rules.DATE_ORDER)),
                rejection("bad subject credit code", d -> d.put("uscc", "914403001922038217"),
                        tuple("uscc", Rules.USCC_CHECKSUM)),
                rejection("unknown subject category", d -> d.put("subjectCategory", "企业"),
                        tuple("subjectCategory", Rules.FORMAT)));
    }
}
