package cn.jining.credithub.routes.source;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.contracts.validation.Rules;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A county submits only its own division's records, a city all of its divisions', a source without region anything. */
class RegionScopeTest {

    private static final String QUFU_UNIT = "11370881004302014W";

    @Test
    void divisionsAreCoveredByTheirCountyCityAndProvince() {
        assertThat(RegionScope.covers("370881", "370881")).isTrue();
        assertThat(RegionScope.covers("370881", "370811")).isFalse();
        assertThat(RegionScope.covers("370800", "370811")).isTrue();
        assertThat(RegionScope.covers("370800", "370800")).isTrue();
        assertThat(RegionScope.covers("370800", "370100")).isFalse();
        assertThat(RegionScope.covers("370000", "370100")).isTrue();
        assertThat(RegionScope.covers("370800", "3708")).isFalse();
    }

    @Test
    void aCountyMayNotSubmitARecordOfTheCitysUnit() {
        AcceptedRecord cityUnit = penalty(SampleRecords.penalty(1));
        assertThat(RegionScope.check(source("rencheng", "370811"), cityUnit)).hasValueSatisfying(v -> {
            assertThat(v.rule()).isEqualTo(Rules.REGION_NOT_PERMITTED);
            assertThat(v.field()).isEqualTo("dataSourceUscc");
            assertThat(v.message()).contains("370800").contains("370811").contains("rencheng");
            assertThat(v.messageZh()).contains("数据来源单位统一社会信用代码");
        });
        assertThat(RegionScope.check(source("jn-amr", "370800"), cityUnit)).isEmpty();
        assertThat(RegionScope.check(source("anywhere", null), cityUnit)).isEmpty();
    }

    @Test
    void aCountysOwnUnitIsInItsRegionAndInTheCitys() {
        ObjectNode data = SampleRecords.penalty(2);
        data.put("dataSourceUscc", QUFU_UNIT);
        assertThat(RegionScope.check(source("qufu", "370881"), penalty(data))).isEmpty();
        assertThat(RegionScope.check(source("jn-amr", "370800"), penalty(data))).isEmpty();
        assertThat(RegionScope.check(source("rencheng", "370811"), penalty(data))).isPresent();
    }

    @Test
    void baseInformationIsHeldToTheSubjectsRegion() {
        ObjectNode data = SampleRecords.penalty(3);
        data.put("region", "370826");
        AcceptedRecord basics = new AcceptedRecord("ENTERPRISE_BASICS", "E-1", "f", "LEGAL_PERSON", "x", data, null);
        assertThat(RegionScope.check(source("weishan", "370826"), basics)).isEmpty();
        assertThat(RegionScope.check(source("qufu", "370881"), basics))
                .hasValueSatisfying(v -> assertThat(v.field()).isEqualTo("region"));
    }

    private static AcceptedRecord penalty(ObjectNode data) {
        return new AcceptedRecord("ADMIN_PENALTY", "P-1", "f", "LEGAL_PERSON", data.get("uscc").asText(), data, null);
    }

    private static SourceDefinition source(String id, String region) {
        return new SourceDefinition(id, id, "county", region, "rest", Set.of("ADMIN_PENALTY", "ENTERPRISE_BASICS"),
                null, null, null, null, null);
    }
}
