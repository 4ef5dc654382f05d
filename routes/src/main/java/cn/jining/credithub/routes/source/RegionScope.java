package cn.jining.credithub.routes.source;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.validation.Messages;
import cn.jining.credithub.contracts.validation.Rules;
import cn.jining.credithub.contracts.validation.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A source's region scope (registry {@code region}, a GB/T 2260 division code): a county (370811) may submit
 * only records of its own division, a city (370800, ending in 00) those of every division of the city, a
 * province (370000) those of the province; a source without a region is not limited. A record's division is
 * read from the checked, canonical record: for decisions and lists the division part (positions 3–8, GB 32100)
 * of the data source unit's credit code — the unit answerable for the record; for base information the
 * subject's {@code region} (所属行政区划), where it is given (docs/rest-api.md, "Region scope").
 */
public final class RegionScope {

    static final String DATA_SOURCE_USCC = "dataSourceUscc";
    static final String REGION = "region";

    private RegionScope() {
    }

    /** The violation when {@code record} lies outside {@code source}'s region; empty when it may submit it. */
    public static Optional<Violation> check(SourceDefinition source, AcceptedRecord record) {
        if (source.region() == null || source.region().isBlank()) {
            return Optional.empty();
        }
        boolean basics = RecordCategory.of(record.category()).map(c -> c.name().endsWith("_BASICS")).orElse(false);
        String field = basics ? REGION : DATA_SOURCE_USCC;
        JsonNode value = record.data() == null ? null : record.data().get(field);
        if (value == null || !value.isTextual()) {
            // Only natural persons' region is optional; nothing to hold the record to.
            return Optional.empty();
        }
        String text = value.asText();
        String division = basics ? text : text.length() >= 8 ? text.substring(2, 8) : text;
        if (covers(source.region(), division)) {
            return Optional.empty();
        }
        String fieldZh = basics ? "所属行政区划" : "数据来源单位统一社会信用代码";
        return Optional.of(Messages.violation(Rules.REGION_NOT_PERMITTED, field, fieldZh, text, division,
                source.region(), source.id()));
    }

    /** Whether region {@code region} includes division {@code division}. */
    public static boolean covers(String region, String division) {
        String prefix = region.endsWith("0000") ? region.substring(0, 2)
                : region.endsWith("00") ? region.substring(0, 4) : region;
        return division != null && division.length() == 6 && division.startsWith(prefix);
    }
}
