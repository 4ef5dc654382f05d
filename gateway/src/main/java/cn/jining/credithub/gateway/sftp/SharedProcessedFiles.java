package cn.jining.credithub.gateway.sftp;

import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SFTP sources' processed files in the hub's database (table {@code processed_file}, migration V13_2), shared by
 * every node and kept across restarts. Taking a file is one INSERT: of two nodes racing for it the primary key lets
 * exactly one win, without the read-then-insert gap of a check first (Camel's JdbcMessageIdRepository has it).
 */
public class SharedProcessedFiles extends ServiceSupport implements IdempotentRepository {

    private static final String INSERT =
            "INSERT INTO processed_file (repository_name, file_key, processed_at) VALUES (?, ?, ?)";
    private static final String COUNT =
            "SELECT COUNT(*) FROM processed_file WHERE repository_name = ? AND file_key = ?";
    private static final String DELETE = "DELETE FROM processed_file WHERE repository_name = ? AND file_key = ?";
    private static final String CLEAR = "DELETE FROM processed_file WHERE repository_name = ?";
    private static final int MAX_KEY = 1000;
    private final JdbcTemplate jdbc;
    private final String name;

    public SharedProcessedFiles(DataSource dataSource, String name) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.name = name;
    }

    @Override
    public boolean add(String key) {
        try {
            return jdbc.update(INSERT, name, checked(key), Timestamp.from(Instant.now())) == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean contains(String key) {
        Integer count = jdbc.queryForObject(COUNT, Integer.class, name, checked(key));
        return count != null && count > 0;
    }

    /** A failed file's key is removed again (by the idempotent consumer), so the next poll, on any node, retries it. */
    @Override
    public boolean remove(String key) {
        return jdbc.update(DELETE, name, checked(key)) > 0;
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public void clear() {
        jdbc.update(CLEAR, name);
    }

    private static String checked(String key) {
        if (key.length() > MAX_KEY) {
            throw new IllegalArgumentException("an SFTP file key is longer than " + MAX_KEY + " characters: "
                    + key.substring(0, 80) + "...");
        }
        return key;
    }
}
