package cn.jining.credithub.routes.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.mapping.CategoryMapping;
import cn.jining.credithub.contracts.mapping.InvalidMappingException;
import cn.jining.credithub.contracts.mapping.MappingRule;
import cn.jining.credithub.contracts.mapping.RecordMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry holds each source's compiled field mapper and refuses a mapping it cannot use. */
class SourceRegistryTest {

    private static final Map<String, CategoryMapping> RENAME_NAME = Map.of("ADMIN_PENALTY",
            new CategoryMapping(null, List.of(MappingRule.rename("名称", "subjectName"))));

    @Test
    void eachSourceHasItsOwnMapper() {
        SourceRegistry registry = new SourceRegistry(List.of(source("qufu", RENAME_NAME), source("jn-amr", null)));
        ObjectNode data = ContractsJson.mapper().createObjectNode().put("名称", "甲");

        assertThat(registry.mapper("qufu").map("ADMIN_PENALTY", data).data())
                .isEqualTo(ContractsJson.mapper().createObjectNode().put("subjectName", "甲"));
        assertThat(registry.mapper("jn-amr")).isSameAs(RecordMapper.IDENTITY);
        assertThat(registry.mapper("nobody")).isSameAs(RecordMapper.IDENTITY);
        assertThat(registry.mapper(null)).isSameAs(RecordMapper.IDENTITY);
    }

    @Test
    void aSourceWithoutMappingHasAnEmptyOne() {
        SourceDefinition source = source("jn-amr", null);
        assertThat(source.mapping()).isEmpty();
        assertThat(source.fieldMapping().isEmpty()).isTrue();
    }

    @Test
    void anUnusableMappingIsRefusedNamingSourceCategoryAndRule() {
        Map<String, CategoryMapping> broken = Map.of("ADMIN_PENALTY", new CategoryMapping(null,
                List.of(MappingRule.converted("日期", "decisionDate", "date:yyyyMM"))));
        assertThatThrownBy(() -> new SourceRegistry(List.of(source("qufu", broken))))
                .isInstanceOf(InvalidMappingException.class)
                .hasMessageContaining("source 'qufu'")
                .hasMessageContaining("mapping.ADMIN_PENALTY.rules[0].convert");
    }

    @Test
    void aSourceIdRegisteredTwiceIsRefused() {
        assertThatThrownBy(() -> new SourceRegistry(List.of(source("qufu", null), source("qufu", null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source id 'qufu' is registered twice");
    }

    static SourceDefinition source(String id, Map<String, CategoryMapping> mapping) {
        return new SourceDefinition(id, id, "county", "370881", "rest", Set.of("ADMIN_PENALTY"), mapping, null, null, null, null);
    }
}
