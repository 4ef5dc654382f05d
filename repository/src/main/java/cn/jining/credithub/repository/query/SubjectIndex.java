package cn.jining.credithub.repository.query;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectCategory;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code credit_subject} and its name pieces in step with the records the store writes, inside the store's
 * transaction: base information sets a subject's name and region; any other record creates the subject, named as
 * the record names it, when it is not known yet. Two writers creating the same new subject race on its primary
 * key: the loser rolls back to a savepoint, reads the winner's row and indexes again, so neither batch fails (the same
 * enterprise gets records from several bureaus at once; a failed batch would wait for the broker's redelivery).
 */
public class SubjectIndex {

    private static final String EXISTING = "SELECT subject_code, subject_category, name_key, region FROM credit_subject "
            + "WHERE subject_code IN (%s)";
    private static final String INSERT = "INSERT INTO credit_subject (subject_category, subject_code, lookup_code, name, "
            + "name_key, region, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE credit_subject SET name = ?, name_key = ?, region = ?, updated_at = ? "
            + "WHERE subject_code = ? AND subject_category = ?";
    private static final String ADD_GRAM = "INSERT INTO credit_subject_name_gram (gram, subject_code, subject_category) "
            + "VALUES (?, ?, ?)";
    private static final String DROP_GRAM = "DELETE FROM credit_subject_name_gram WHERE gram = ? AND subject_code = ? "
            + "AND subject_category = ?";
    private static final int CHUNK = 500;
    private static final int ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    /** A savepoint inside the store's transaction (a transaction of its own when called outside one). */
    private final TransactionTemplate savepoint;

    public SubjectIndex(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.savepoint = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** What the index holds, or is to hold, of one subject. */
    private record Entry(String category, String code, String name, String nameKey, String region, boolean basics) {
        String key() {
            return code + '\u0000' + category;
        }
    }

    /** Indexes the subjects of {@code current}, the records of {@code batch} that became current versions. */
    public void index(AcceptedBatch batch, List<AcceptedRecord> current) {
        Map<String, Entry> wanted = new LinkedHashMap<>();
        for (AcceptedRecord record : current) {
            Entry entry = entryOf(record);
            Entry before = wanted.get(entry.key());
            // Base information wins over a name taken from a penalty or a licence, within the batch as in the table.
            if (before == null || entry.basics() || !before.basics() && before.name() == null) {
                wanted.put(entry.key(), entry);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                savepoint.executeWithoutResult(status -> write(batch, wanted));
                return;
            } catch (DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                // Another batch created one of these subjects and committed while this one waited on its key.
            }
        }
    }

    private void write(AcceptedBatch batch, Map<String, Entry> wanted) {
        Map<String, Entry> stored = existing(wanted.values());
        var at = batch.receivedAt().atOffset(ZoneOffset.UTC);
        List<Entry> inserts = new ArrayList<>();
        List<Entry> updates = new ArrayList<>();
        List<Object[]> addGrams = new ArrayList<>();
        List<Object[]> dropGrams = new ArrayList<>();
        for (Entry entry : wanted.values()) {
            Entry old = stored.get(entry.key());
            boolean authoritative = entry.basics();
            Entry next;
            if (old == null) {
                next = entry;
                inserts.add(next);
            } else if (authoritative && (!Objects.equals(old.nameKey(), entry.nameKey())
                    || !Objects.equals(old.region(), entry.region()))) {
                next = entry;
                updates.add(next);
            } else if (old.nameKey() == null && entry.nameKey() != null) {
                next = new Entry(entry.category(), entry.code(), entry.name(), entry.nameKey(), old.region(), false);
                updates.add(next);
            } else {
                continue;
            }
            if (searchable(next.category())) {
                Set<String> oldGrams = old == null ? Set.of() : SubjectNames.grams(old.nameKey());
                Set<String> newGrams = SubjectNames.grams(next.nameKey());
                oldGrams.stream().filter(g -> !newGrams.contains(g))
                        .forEach(g -> dropGrams.add(new Object[] {g, next.code(), next.category()}));
                newGrams.stream().filter(g -> !oldGrams.contains(g))
                        .forEach(g -> addGrams.add(new Object[] {g, next.code(), next.category()}));
            }
        }
        jdbc.batchUpdate(INSERT, inserts, inserts.size(), (ps, e) -> {
            ps.setString(1, e.category());
            ps.setString(2, e.code());
            ps.setString(3, SubjectNames.lookupCode(e.code()));
            ps.setString(4, e.name());
            ps.setString(5, e.nameKey());
            ps.setString(6, e.region());
            ps.setObject(7, at);
        });
        jdbc.batchUpdate(UPDATE, updates, updates.size(), (ps, e) -> {
            ps.setString(1, e.name());
            ps.setString(2, e.nameKey());
            ps.setString(3, e.region());
            ps.setObject(4, at);
            ps.setString(5, e.code());
            ps.setString(6, e.category());
        });
        jdbc.batchUpdate(DROP_GRAM, dropGrams);
        jdbc.batchUpdate(ADD_GRAM, addGrams);
    }

    /** Legal persons and individual businesses are found by name; natural persons only by their document. */
    static boolean searchable(String subjectCategory) {
        return !SubjectCategory.NATURAL_PERSON.name().equals(subjectCategory);
    }

    private static boolean isBasics(AcceptedRecord record) {
        return record.category().equals(RecordCategory.ENTERPRISE_BASICS.name())
                || record.category().equals(RecordCategory.NON_ENTERPRISE_BASICS.name())
                || record.category().equals(RecordCategory.NATURAL_PERSON_BASICS.name());
    }

    private static Entry entryOf(AcceptedRecord record) {
        JsonNode data = record.data();
        boolean basics = isBasics(record);
        String name = text(data, basics ? "name" : "subjectName");
        String region = basics ? text(data, "region") : null;
        return new Entry(record.subjectCategory(), record.subjectCode(), name, SubjectNames.normalise(name), region,
                basics);
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data == null ? null : data.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private Map<String, Entry> existing(Iterable<Entry> entries) {
        List<String> codes = new ArrayList<>();
        entries.forEach(e -> codes.add(e.code()));
        List<String> distinct = codes.stream().distinct().toList();
        Map<String, Entry> stored = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            jdbc.query(String.format(EXISTING, String.join(",", Collections.nCopies(chunk.size(), "?"))),
                    (RowCallbackHandler) rs -> {
                        Entry e = new Entry(rs.getString(2), rs.getString(1), null, rs.getString(3), rs.getString(4),
                                false);
                        stored.put(e.key(), e);
                    }, chunk.toArray());
        }
        return stored;
    }
}
