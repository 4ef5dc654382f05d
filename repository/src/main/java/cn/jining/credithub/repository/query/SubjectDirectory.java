package cn.jining.credithub.repository.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Finds subjects: by key, by credit code or document number, and legal persons by any part of their name of two
 * characters or more. A name search reads the candidates of the query's rarest two-character piece (each piece's
 * count is bounded, so a common piece such as 公司 costs no more than {@link #RARE} index entries) and keeps those
 * whose name contains the whole query; with a million subjects that is a few index range reads per search.
 */
public class SubjectDirectory {

    /** A piece with more candidates than this is common: counting stops there. */
    static final int RARE = 2000;
    /** Codes per statement of {@link #byCodes}; well under every driver's bind-parameter limit. */
    static final int CHUNK = 500;
    private static final String COLUMNS = "s.subject_category, s.subject_code, s.lookup_code, s.name, s.region";
    private static final RowMapper<SubjectSummary> ROW = (rs, n) -> new SubjectSummary(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));

    private final JdbcTemplate jdbc;

    public SubjectDirectory(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public Optional<SubjectSummary> get(String subjectCategory, String subjectCode) {
        return jdbc.query("SELECT " + COLUMNS + " FROM credit_subject s WHERE s.subject_code = ? AND s.subject_category = ?",
                ROW, subjectCode, subjectCategory).stream().findFirst();
    }

    /** Subjects with this credit code or document number (any document type), upper-cased as codes are stored. */
    public List<SubjectSummary> byCode(String code) {
        if (code == null || code.isBlank()) {
            return List.of();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM credit_subject s WHERE s.lookup_code = ? ORDER BY s.subject_code",
                ROW, code.trim().toUpperCase(Locale.ROOT));
    }

    /** Subjects with any of these codes (as {@link #byCode}), read {@value #CHUNK} codes per statement. */
    public List<SubjectSummary> byCodes(Collection<String> codes) {
        List<String> distinct = codes.stream().filter(c -> c != null && !c.isBlank())
                .map(c -> c.trim().toUpperCase(Locale.ROOT)).distinct().toList();
        List<SubjectSummary> found = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            found.addAll(jdbc.query("SELECT " + COLUMNS + " FROM credit_subject s WHERE s.lookup_code IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")", ROW, chunk.toArray()));
        }
        return found;
    }

    /**
     * Legal persons and individual businesses whose name contains {@code query} (compared in
     * {@link SubjectNames#normalise normal form}), at most {@code limit}, by code.
     *
     * @throws IllegalArgumentException when the query has fewer than two characters
     */
    public List<SubjectSummary> byName(String query, int limit) {
        String key = SubjectNames.normalise(query);
        if (key == null || key.codePointCount(0, key.length()) < SubjectNames.GRAM) {
            throw new IllegalArgumentException("a name search needs at least " + SubjectNames.GRAM + " characters");
        }
        Set<String> grams = SubjectNames.grams(key);
        String rarest = null;
        long fewest = Long.MAX_VALUE;
        for (String gram : grams) {
            Long count = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM credit_subject_name_gram WHERE gram = ? "
                    + "FETCH FIRST " + (RARE + 1) + " ROWS ONLY) t", Long.class, gram);
            long n = count == null ? 0 : count;
            if (n == 0) {
                return List.of();
            }
            if (n < fewest) {
                fewest = n;
                rarest = gram;
            }
        }
        // Ordered by the gram's primary key: with a common piece the database stops at the limit instead of sorting.
        return jdbc.query("SELECT " + COLUMNS + " FROM credit_subject_name_gram g JOIN credit_subject s "
                + "ON s.subject_code = g.subject_code AND s.subject_category = g.subject_category "
                + "WHERE g.gram = ? AND s.name_key LIKE ? ESCAPE '!' ORDER BY g.gram, g.subject_code, g.subject_category "
                + "FETCH FIRST " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY", ROW, rarest, "%" + like(key) + "%");
    }

    private static String like(String key) {
        return key.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
