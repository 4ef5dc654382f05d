package cn.jining.credithub.contracts.mapping;

import cn.jining.credithub.contracts.record.RecordCategory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Applies one source's field mapping to a record's data: the source's names and values in, canonical names
 * and values out. A value that does not convert is left as it came, under its canonical name, for the record
 * checker to report; nothing is dropped. Immutable and thread-safe; build it once per source.
 */
public final class RecordMapper {

    /** The mapper of a source that sends canonical names: every record's data as it comes. */
    public static final RecordMapper IDENTITY = new RecordMapper(Map.of());
    private final Map<RecordCategory, CategoryMapper> byCategory;

    private RecordMapper(Map<RecordCategory, CategoryMapper> byCategory) {
        this.byCategory = byCategory;
    }

    /**
     * The mapper for a source's mapping.
     *
     * @throws InvalidMappingException naming the source and every problem's category, rule index and field
     */
    public static RecordMapper of(String sourceId, FieldMapping mapping) {
        List<MappingProblem> problems = MappingValidator.problems(mapping);
        if (!problems.isEmpty()) {
            throw new InvalidMappingException(sourceId, problems);
        }
        Map<RecordCategory, CategoryMapper> byCategory = new EnumMap<>(RecordCategory.class);
        mapping.categories().forEach((key, categoryMapping) -> {
            if (categoryMapping != null) {
                RecordCategory category = RecordCategory.valueOf(key);
                byCategory.put(category, new CategoryMapper(sourceId, category, categoryMapping));
            }
        });
        return byCategory.isEmpty() ? IDENTITY : new RecordMapper(byCategory);
    }

    /**
     * A record's data in canonical names. Data of an unknown or unmapped category, or data that is not an
     * object, is returned as it came: the checker has its own words for those.
     */
    public MappedData map(String category, JsonNode data) {
        CategoryMapper mapper = RecordCategory.of(category).map(byCategory::get).orElse(null);
        if (mapper == null || !(data instanceof ObjectNode object)) {
            return MappedData.unchanged(data);
        }
        return mapper.map(object);
    }
}
