package cn.jining.credithub.portal.forms;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The forms' tracking numbers and states; no content of a form and nothing personal is kept here. */
@Repository
public class Submissions {

    /** Letters and digits a visitor cannot confuse (no 0/O, 1/I). */
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int RANDOM_PART = 8;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private final SecureRandom random = new SecureRandom();
    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** A form as tracking shows it. */
    public record Submission(String trackingNumber, FormKind kind, String status, String hubReference,
                             Timestamp submittedAt) {
    }

    public Submissions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new, unguessable tracking number for a form of {@code kind}. */
    public String newNumber(FormKind kind) {
        StringBuilder number = new StringBuilder(kind.prefix()).append(LocalDate.now(clock).format(DAY)).append('-');
        for (int i = 0; i < RANDOM_PART; i++) {
            number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }

    /** Records a form the hub accepted. */
    public void delivered(String number, FormKind kind, String recordKey, String hubReference) {
        jdbc.update("INSERT INTO form_submission (tracking_number, kind, record_key, status, hub_reference, submitted_at)"
                + " VALUES (?, ?, ?, 'DELIVERED', ?, ?)", number, kind.name(), recordKey, hubReference,
                Timestamp.from(clock.instant()));
    }

    public Optional<Submission> find(String number) {
        List<Submission> found = jdbc.query("SELECT tracking_number, kind, status, hub_reference, submitted_at"
                + " FROM form_submission WHERE tracking_number = ?", (rs, row) -> new Submission(rs.getString(1),
                FormKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getTimestamp(5)), number);
        return found.stream().findFirst();
    }
}
