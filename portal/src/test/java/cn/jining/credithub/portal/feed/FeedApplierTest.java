package cn.jining.credithub.portal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.publication.PublicationEvent;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectCategory;
import cn.jining.credithub.portal.Events;
import cn.jining.credithub.portal.TestStore;
import cn.jining.credithub.portal.store.ListType;
import cn.jining.credithub.portal.store.PublishedRecord;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The applier keeps the store in step: idempotent by event id, in order per record, withdrawals hide. */
class FeedApplierTest {

    private static final String CODE = "91370800MA3C5LXX1T";
    final TestStore store = newStore();

    /** The store the scenarios run on: in-memory H2 here, PostgreSQL in the subclass. */
    TestStore newStore() {
        return TestStore.create();
    }

    @Test
    void aPublishedPenaltyIsShownAndFoundByPartOfTheName() {
        assertThat(store.applier().apply(Events.penalty("P-1", 1, CODE, "济宁市任城区鲁南建材有限公司", "济市监罚〔2026〕1号")))
                .isEqualTo(ApplyOutcome.APPLIED);
        assertThat(store.store().search("鲁南建材")).singleElement()
                .satisfies(hit -> assertThat(hit.subjectCode()).isEqualTo(CODE));
        assertThat(store.store().search(CODE.toLowerCase())).hasSize(1);
        assertThat(store.store().ofSubject(CODE)).singleElement()
                .satisfies(r -> assertThat(r.fieldsJson()).contains("王*明"));
    }

    @Test
    void aRedeliveredEventIsADuplicateAndChangesNothing() {
        PublicationEvent first = Events.penalty("P-2", 1, CODE, "鲁南建材", "一号");
        store.applier().apply(first);
        store.applier().apply(Events.withdraw(RecordCategory.ADMIN_PENALTY, "P-2", 2));
        assertThat(store.applier().apply(first)).isEqualTo(ApplyOutcome.DUPLICATE);
        assertThat(store.store().ofSubject(CODE)).isEmpty();
    }

    @Test
    void aLateOlderEventChangesNothingAndAWithdrawalHidesTheRecord() {
        store.applier().apply(Events.penalty("P-3", 2, CODE, "鲁南建材", "更正后文号"));
        assertThat(store.applier().apply(Events.penalty("P-3", 1, CODE, "鲁南建材", "原文号")))
                .isEqualTo(ApplyOutcome.STALE);
        assertThat(store.store().ofSubject(CODE)).singleElement()
                .satisfies(r -> assertThat(r.fieldsJson()).contains("更正后文号").doesNotContain("原文号"));

        store.applier().apply(Events.withdraw(RecordCategory.ADMIN_PENALTY, "P-3", 3));
        assertThat(store.store().ofSubject(CODE)).isEmpty();
        assertThat(store.store().search("鲁南")).isEmpty();
        // A publish older than the withdrawal, arriving late, does not bring the record back.
        assertThat(store.applier().apply(Events.penalty("P-3", 2, CODE, "鲁南建材", "重放"))).isEqualTo(ApplyOutcome.STALE);
        assertThat(store.store().ofSubject(CODE)).isEmpty();
        // A newer publish does.
        store.applier().apply(Events.penalty("P-3", 4, CODE, "鲁南建材", "再次公示"));
        assertThat(store.store().ofSubject(CODE)).extracting(PublishedRecord::sequence).containsExactly(4L);
    }

    @Test
    void aNaturalPersonsRecordIsNeverStored() {
        PublicationEvent person = Events.as(Events.penalty("P-4", 1, "370802199001011234", "张三", "号"),
                SubjectCategory.NATURAL_PERSON);
        assertThat(store.applier().apply(person)).isEqualTo(ApplyOutcome.DROPPED);
        assertThat(store.jdbc().queryForObject("SELECT COUNT(*) FROM published_record", Integer.class)).isZero();
        assertThat(store.store().search("张三")).isEmpty();
    }

    @Test
    void onlyRecordsInsideTheirPeriodAreShown() {
        LocalDate today = LocalDate.now();
        store.applier().apply(Events.during(Events.penalty("P-5", 1, CODE, "鲁南建材", "过期"), today.minusYears(2),
                today.minusDays(1)));
        store.applier().apply(Events.during(Events.penalty("P-6", 1, CODE, "鲁南建材", "未到期"), today.plusDays(3), null));
        store.applier().apply(Events.penalty("P-7", 1, CODE, "鲁南建材", "公示中"));
        assertThat(store.store().ofSubject(CODE)).singleElement()
                .satisfies(r -> assertThat(r.fieldsJson()).contains("公示中"));
    }

    @Test
    void creditListEntriesLandOnTheirList() {
        store.applier().apply(Events.blackList("L-1", 1, CODE, "鲁南建材"));
        assertThat(store.store().list(ListType.BLACK, 10)).hasSize(1);
        assertThat(store.store().list(ListType.RED, 10)).isEmpty();
    }

    @Test
    void searchWildcardsInTheQueryAreLiteral() {
        store.applier().apply(Events.penalty("P-8", 1, CODE, "鲁南建材", "号"));
        assertThat(store.store().search("%%")).isEmpty();
        assertThat(store.store().search("__")).isEmpty();
    }
}
