package cn.jining.credithub.contracts.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectCategory;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationEventTest {

    private static PublicationEvent event(long sequence) {
        var fields = ContractsJson.mapper().createObjectNode().put("penaltyDecisionNumber", "济市监罚〔2026〕12号");
        return new PublicationEvent("e-1", PublicationAction.PUBLISH,
                PublicationEvent.recordKey(RecordCategory.ADMIN_PENALTY, "jn-amr", "P-1"), sequence,
                RecordCategory.ADMIN_PENALTY, "jn-amr", "济宁市市场监督管理局", SubjectCategory.LEGAL_PERSON,
                "91370800MA3C00000X", "济宁某某商贸有限公司", LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1),
                false, fields, "ADMIN_PENALTY-GENERAL", Instant.parse("2026-12-03T08:00:00Z"));
    }

    @Test
    void travelsAsJsonAndBack() throws Exception {
        String json = ContractsJson.mapper().writeValueAsString(event(3));
        PublicationEvent back = ContractsJson.mapper().readValue(json, PublicationEvent.class);
        assertThat(back).isEqualTo(event(3));
        assertThat(back.recordKey()).isEqualTo("ADMIN_PENALTY/jn-amr/P-1");
        assertThat(json).contains("\"publishedFrom\":\"2026-03-01\"");
    }

    @Test
    void onlyAHigherSequenceSupersedes() {
        assertThat(event(3).supersedes(2)).isTrue();
        assertThat(event(3).supersedes(3)).isFalse();
        assertThat(event(3).supersedes(4)).isFalse();
        assertThatThrownBy(() -> event(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
