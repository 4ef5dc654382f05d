package cn.jining.credithub.gateway.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.mapping.CategoryMapping;
import cn.jining.credithub.contracts.mapping.MappingRule;
import cn.jining.credithub.routes.source.SourceDefinition;
import cn.jining.credithub.routes.source.SourceRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The source registry as Spring Boot binds it from YAML: the demo file's mappings arrive intact (category
 * keys with underscores, code keys), and a malformed mapping stops start-up naming the entry and the field.
 */
class SourceRegistryFactoryTest {

    @Test
    void theDemoSourcesBindWithTheirMappingsIntact() {
        HubProperties properties = bind(new ClassPathResource("sources.yml"));
        SourceRegistry registry = SourceRegistryFactory.create(properties.sources());

        SourceDefinition qufu = registry.find("qufu").orElseThrow();
        assertThat(qufu.mapping()).containsOnlyKeys("ADMIN_PENALTY");
        CategoryMapping penalty = qufu.mapping().get("ADMIN_PENALTY");
        assertThat(penalty.passesThrough()).isFalse();
        assertThat(penalty.rules()).extracting(MappingRule::to).contains("subjectName", "decisionDate", "dataSourceUscc");
        MappingRule subjectCategory = penalty.rules().stream()
                .filter(rule -> "subjectCategory".equals(rule.to())).findFirst().orElseThrow();
        assertThat(subjectCategory.from()).isEqualTo("行政相对人类别");
        assertThat(subjectCategory.translations()).containsExactly(Map.entry("1", "法人及非法人组织"),
                Map.entry("2", "自然人"), Map.entry("3", "个体工商户"));
        assertThat(penalty.rules()).filteredOn(rule -> "penaltyKinds".equals(rule.to()))
                .extracting(MappingRule::convert).containsExactly("split:;；");
        assertThat(registry.find("jn-amr").orElseThrow().mapping()).isEmpty();
    }

    @Test
    void codesKeepTheSourcesOwnSpelling() {
        // As YAML map keys these would lose their Chinese characters in the binder ("个体户2" becomes "2").
        HubProperties properties = bind(yaml("""
                ADMIN_PENALTY:
                  rules:
                    - from: 类别
                      to: subjectCategory
                      convert: code
                      codes: ["01=法人及非法人组织", "A_2=自然人", 个体户=个体工商户, 个体户2=自然人, "x.y=自然人"]
                """));
        MappingRule rule = properties.sources().get(1).mapping().get("ADMIN_PENALTY").rules().get(0);
        assertThat(rule.translations()).containsExactly(Map.entry("01", "法人及非法人组织"), Map.entry("A_2", "自然人"),
                Map.entry("个体户", "个体工商户"), Map.entry("个体户2", "自然人"), Map.entry("x.y", "自然人"));
        SourceRegistryFactory.create(properties.sources());
    }

    @Test
    void passThroughIsBound() {
        HubProperties properties = bind(yaml("""
                ADMIN_PENALTY:
                  passThrough: true
                  rules:
                    - { to: dataSource, constant: 曲阜市综合行政执法局 }
                """));
        CategoryMapping penalty = properties.sources().get(1).mapping().get("ADMIN_PENALTY");
        assertThat(penalty.passThrough()).isTrue();
        assertThat(penalty.rules()).containsExactly(MappingRule.constant("dataSource", "曲阜市综合行政执法局"));
    }

    @Test
    void demoEntriesFollowTheRegistrysAndAreNamedByTheirOwnList() {
        HubProperties properties = bind(yaml("""
                ADMIN_PENALTY:
                  passThrough: true
                """));
        SourceDefinition demo = new SourceDefinition("yanzhou-files", "兖州区", "county", "370812", "rest",
                java.util.Set.of("ADMIN_PENALTY"), null, null, null, null, null);
        assertThat(SourceRegistryFactory.create(properties.sources(), List.of(demo)).find("yanzhou-files")).isPresent();

        SourceDefinition twice = new SourceDefinition("qufu", "曲阜市", "county", "370881", "rest",
                java.util.Set.of("ADMIN_PENALTY"), null, null, null, null, null);
        assertThatThrownBy(() -> SourceRegistryFactory.create(properties.sources(), List.of(demo, twice)))
                .hasMessage("credithub.demo.sources[1] (qufu).id is registered twice");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedMappings")
    void aMalformedMappingStopsStartUpNamingEntryAndField(String name, String mapping, String message) {
        HubProperties properties = bind(yaml(mapping));
        assertThatThrownBy(() -> SourceRegistryFactory.create(properties.sources()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> malformedMappings() {
        String entry = "credithub.sources[1] (qufu).mapping.";
        return Stream.of(
                Arguments.of("a target the record type does not have", """
                        ADMIN_PENALTY:
                          rules:
                            - { from: 名称, to: subjectName }
                            - { from: 日期, to: decisonDate }
                        """, entry + "ADMIN_PENALTY.rules[1].to 'decisonDate' is not a field of ADMIN_PENALTY (行政处罚)"),
                Arguments.of("a date pattern without the day", """
                        ADMIN_PENALTY:
                          rules:
                            - { from: 日期, to: decisionDate, convert: "date:yyyyMM" }
                        """, entry + "ADMIN_PENALTY.rules[0].convert date pattern 'yyyyMM' does not give a whole date"),
                Arguments.of("a date pattern that does not compile", """
                        ADMIN_PENALTY:
                          rules:
                            - { from: 日期, to: decisionDate, convert: "date:yyyy-MM-dd{" }
                        """, entry + "ADMIN_PENALTY.rules[0].convert date pattern 'yyyy-MM-dd{' does not compile: "
                                + "Pattern includes reserved character: '{'"),
                Arguments.of("a category that does not exist", """
                        PENALTY:
                          rules:
                            - { from: 名称, to: subjectName }
                        """, entry + "PENALTY is not a record category (one of " + List.of(
                                cn.jining.credithub.contracts.record.RecordCategory.values()) + ")"),
                Arguments.of("a category the source may not submit", """
                        CREDIT_LIST:
                          passThrough: true
                        """, entry + "CREDIT_LIST maps a category the source may not submit (its categories: "
                                + "[ADMIN_PENALTY])"),
                Arguments.of("a code conversion without its codes", """
                        ADMIN_PENALTY:
                          rules:
                            - { from: 类别, to: subjectCategory, convert: code }
                        """, entry + "ADMIN_PENALTY.rules[0].codes is required with convert: code (entries "
                                + "code=value: the source's code and its canonical value)"),
                Arguments.of("a code entry that is no code=value", """
                        ADMIN_PENALTY:
                          rules:
                            - { from: 类别, to: subjectCategory, convert: code, codes: ["1=法人及非法人组织", "2: 自然人"] }
                        """, entry + "ADMIN_PENALTY.rules[0].codes[1] '2: 自然人' is not code=value"),
                Arguments.of("a rule with neither source field nor constant", """
                        ADMIN_PENALTY:
                          rules:
                            - { to: remarks, convert: trim }
                        """, entry + "ADMIN_PENALTY.rules[0].from is required: the source's field or column "
                                + "(or give a constant)"),
                Arguments.of("two problems, both named", """
                        ADMIN_PENALTY:
                          rules:
                            - { from: 名称, to: subjectName, convert: upper }
                            - { from: 名称2, to: subjectName }
                        """, entry + "ADMIN_PENALTY.rules[0].convert 'upper' is not a conversion (one of none, trim, "
                                + "date:<pattern>, code (with codes), split:<separator characters>); "
                                + entry + "ADMIN_PENALTY.rules[1].to 'subjectName' is already filled by "
                                + "ADMIN_PENALTY.rules[0]"));
    }

    /** Two sources, the second with the given mapping block (indented under {@code mapping:}). */
    private static Resource yaml(String mapping) {
        String text = """
                credithub:
                  sources:
                    - { id: jn-amr, name: 济宁市市场监督管理局, kind: bureau, region: "370800", channel: rest,
                        categories: [ADMIN_PENALTY] }
                    - id: qufu
                      name: 曲阜市
                      kind: county
                      region: "370881"
                      channel: rest
                      categories: [ADMIN_PENALTY]
                      mapping:
                """ + mapping.indent(8);
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "test sources");
    }

    private static HubProperties bind(Resource yaml) {
        try {
            var sources = new YamlPropertySourceLoader().load("sources", yaml);
            return new Binder(ConfigurationPropertySources.from(sources)).bind("credithub", HubProperties.class).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
