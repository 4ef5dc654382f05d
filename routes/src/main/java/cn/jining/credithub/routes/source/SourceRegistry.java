package cn.jining.credithub.routes.source;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registered sources by id; the only authority on who may submit what. */
public final class SourceRegistry {

    private final Map<String, SourceDefinition> byId = new LinkedHashMap<>();

    public SourceRegistry(List<SourceDefinition> sources) {
        for (SourceDefinition source : sources) {
            if (byId.putIfAbsent(source.id(), source) != null) {
                throw new IllegalArgumentException("source id '" + source.id() + "' is registered twice");
            }
        }
    }

    public Optional<SourceDefinition> find(String sourceId) {
        return Optional.ofNullable(sourceId).map(byId::get);
    }

    public Collection<SourceDefinition> all() {
        return byId.values();
    }
}
