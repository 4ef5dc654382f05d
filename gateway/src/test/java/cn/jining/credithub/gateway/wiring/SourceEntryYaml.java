package cn.jining.credithub.gateway.wiring;

import cn.jining.credithub.routes.source.SourceDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ByteArrayResource;

/** A registry entry written as YAML and bound as Spring Boot binds the hub's configuration, for the settings checks' tests. */
final class SourceEntryYaml {

    private SourceEntryYaml() {
    }

    /** The one entry {@code id} of category ADMIN_PENALTY with the given channel lines (YAML at the entry's level). */
    static SourceDefinition bind(String id, String name, String kind, String region, String channelLines) {
        String yaml = """
                credithub:
                  sources:
                    - id: %s
                      name: %s
                      kind: %s
                      region: "%s"
                      categories: [ADMIN_PENALTY]
                """.formatted(id, name, kind, region) + channelLines.indent(6);
        try {
            var loaded = new YamlPropertySourceLoader().load("sources",
                    new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "test sources"));
            return new Binder(ConfigurationPropertySources.from(loaded)).bind("credithub", HubProperties.class)
                    .get().sources().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
