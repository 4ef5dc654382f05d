package cn.jining.credithub.contracts.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date forms bureaus send (2024-03-01, 2024/3/1, 2024-3-1, 2024.3.1, 20240301, 2024年3月1日, also
 * in full-width digits) as a real calendar date; the standard's form is ISO {@code yyyy-MM-dd}.
 */
final class DateNormaliser {

    /** Longer text is no date of these forms; the bound keeps hostile input away from the patterns. */
    private static final int MAX_LENGTH = 32;
    // The same separator twice: "2024-3/1" is more likely a typing error than a date.
    private static final Pattern SEPARATED = Pattern.compile("([1-9]\\d{3})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("([1-9]\\d{3})(\\d{2})(\\d{2})");
    private static final Pattern CHINESE = Pattern.compile("([1-9]\\d{3})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

    private DateNormaliser() {
    }

    /** The date the text names, or empty when it is no date of the accepted forms or no real date. */
    static Optional<LocalDate> parse(String text) {
        String token = TextNormaliser.token(text);
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher m = SEPARATED.matcher(token);
        if (m.matches()) {
            return date(m.group(1), m.group(3), m.group(4));
        }
        m = COMPACT.matcher(token);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = CHINESE.matcher(token);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            // 2024-02-30, 2024年13月1日: the form is right, the date does not exist.
            return Optional.empty();
        }
    }
}
