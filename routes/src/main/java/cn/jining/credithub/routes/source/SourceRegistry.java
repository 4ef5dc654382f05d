package cn.jining.credithub.routes.source;

import cn.jining.credithub.contracts.mapping.RecordMapper;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registered sources by id, with each one's field mapper; the only authority on who may submit what. */
public final class SourceRegistry {

    private final Map<String, SourceDefinition> byId = new LinkedHashMap<>();
    private final Map<String, RecordMapper> mappers = new HashMap<>();

    /**
     * @throws IllegalArgumentException for a source id given twice, or an unusable field mapping
     *         ({@link cn.jining.credithub.contracts.mapping.InvalidMappingException}, naming source and rule)
     */
    public SourceRegistry(List<SourceDefinition> sources) {
        for (SourceDefinition source : sources) {
            if (byId.putIfAbsent(source.id(), source) != null) {
                throw new IllegalArgumentException("source id '" + source.id() + "' is registered twice");
            }
            // Compiled once here, not per record: date patterns and translation tables are checked and built
            // before the first submission arrives.
            mappers.put(source.id(), RecordMapper.of(source.id(), source.fieldMapping()));
        }
    }

    public Optional<SourceDefinition> find(String sourceId) {
        return Optional.ofNullable(sourceId).map(byId::get);
    }

    /** The field mapper of a registered source; the identity for an unknown one. */
    public RecordMapper mapper(String sourceId) {
        return sourceId == null ? RecordMapper.IDENTITY : mappers.getOrDefault(sourceId, RecordMapper.IDENTITY);
    }

    public Collection<SourceDefinition> all() {
        return Collections.unmodifiableCollection(byId.values());
    }
}
