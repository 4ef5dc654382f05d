package cn.jining.credithub.services.report;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Report numbers: {@code JNXY-yyyyMMdd-} and twelve random Crockford base-32 characters. Random rather than a counter,
 * so a number reveals neither how many reports were issued nor the next one (a verifier must not enumerate them).
 */
public final class ReportNumbers {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    /** Matches every number this class makes (checked before a lookup, so hostile input never reaches SQL). */
    public static final String PATTERN = "JNXY-\\d{8}-[0-9A-HJKMNP-TV-Z]{12}";

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ReportNumbers(Clock clock) {
        this.clock = clock;
    }

    public String next() {
        StringBuilder number = new StringBuilder("JNXY-").append(LocalDate.now(clock.withZone(CHINA)).format(DAY))
                .append('-');
        for (int i = 0; i < 12; i++) {
            number.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return number.toString();
    }

    public static boolean isWellFormed(String number) {
        return number != null && number.matches(PATTERN);
    }
}
