package cn.jining.credithub.services.policy;

import cn.jining.credithub.contracts.record.FieldSpec;
import cn.jining.credithub.contracts.record.RecordCategory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One party's entry of the access policy (config/src/main/resources/query-policy.yml, docs/query.md).
 *
 * @param partyId    the registered party (its signed requests carry this id)
 * @param role       what kind of party it is
 * @param divisions  division-code prefixes of the subjects it may read ({@code 370811} a county; empty: every subject)
 * @param categories record categories it may read (codes)
 * @param fields     per category, the only fields it may read; a category not named here: all its fields
 * @param purposes   the 查询事由 it may state; a voucher's purpose must also be among them
 * @param reveal     personal data it sees unmasked
 * @param perMinute  queries per minute on one hub node
 * @param perDay     queries per day over all hub nodes
 */
public record PartyPolicy(String partyId, ServiceRole role, List<String> divisions, Set<String> categories,
                          Map<String, List<String>> fields, Set<String> purposes, Set<Reveal> reveal, int perMinute,
                          int perDay) {

    public PartyPolicy {
        String where = "credithub.query.parties[" + partyId + "]";
        if (partyId == null || !partyId.matches("[a-z0-9][a-z0-9-]{1,63}")) {
            throw new IllegalArgumentException(where + ".id: 2-64 characters of a-z, 0-9 and '-'");
        }
        if (role == null) {
            throw new IllegalArgumentException(where + ".role: one of " + List.of(ServiceRole.values()));
        }
        divisions = divisions == null ? List.of() : List.copyOf(divisions);
        divisions.stream().filter(d -> !d.matches("\\d{2,6}")).findFirst().ifPresent(d -> {
            throw new IllegalArgumentException(where + ".divisions: '" + d + "' is not a division code (2-6 digits)");
        });
        if (role == ServiceRole.COUNTY_BUREAU && divisions.isEmpty()) {
            throw new IllegalArgumentException(where + ".divisions: a county bureau names its county's divisions");
        }
        categories = categories == null ? Set.of() : Set.copyOf(new TreeSet<>(categories));
        categories.stream().filter(c -> RecordCategory.of(c).filter(r -> r.name().equals(c)).isEmpty()).findFirst()
                .ifPresent(c -> {
                    throw new IllegalArgumentException(where + ".categories: unknown category " + c);
                });
        fields = fields == null ? Map.of() : Map.copyOf(new TreeMap<>(fields));
        for (Map.Entry<String, List<String>> entry : fields.entrySet()) {
            if (!categories.contains(entry.getKey())) {
                throw new IllegalArgumentException(where + ".fields." + entry.getKey() + ": not one of its categories");
            }
            var specs = FieldSpec.byName(RecordCategory.valueOf(entry.getKey()).recordType());
            entry.getValue().stream().filter(f -> !specs.containsKey(f)).findFirst().ifPresent(f -> {
                throw new IllegalArgumentException(where + ".fields." + entry.getKey() + ": no field " + f);
            });
        }
        purposes = purposes == null ? Set.of() : Set.copyOf(new TreeSet<>(purposes));
        reveal = reveal == null ? Set.of() : Set.copyOf(reveal);
        if (perMinute < 1 || perDay < 1) {
            throw new IllegalArgumentException(where + ".perMinute/perDay: at least 1");
        }
    }

    /** Whether a subject registered in {@code region} is within this party's divisions (unknown: only for all). */
    public boolean covers(String region) {
        if (divisions.isEmpty()) {
            return true;
        }
        return region != null && divisions.stream().anyMatch(region::startsWith);
    }

    /** The fields of {@code category} this party may read; null: all of them. */
    public List<String> fieldsOf(String category) {
        return fields.get(category);
    }
}
