package cn.jining.credithub.contracts.mapping;

import cn.jining.credithub.contracts.validation.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A record's data after its source's mapping, with the problems only the mapping can see (a source field
 * outside a closed mapping that happens to carry a canonical name, two values for one canonical field).
 * Everything else is left in the data for the record checker to report.
 */
public record MappedData(JsonNode data, List<Violation> violations) {

    public MappedData {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static MappedData unchanged(JsonNode data) {
        return new MappedData(data, List.of());
    }
}
