package cn.jining.credithub.services.calendar;

import cn.jining.credithub.services.table.RuleTableException;
import cn.jining.credithub.services.table.TsvTable;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days over a holiday table kept as data (config/publication/holidays.tsv): Monday to Friday work, except
 * the table's HOLIDAY rows; its WORKDAY rows are weekend days worked (调休). Deadlines of 双公示 and of objections,
 * complaints and repairs are counted here.
 */
public final class WorkingDayCalendar {

    private final Map<LocalDate, Boolean> exceptions;
    private final Set<Integer> years;

    private WorkingDayCalendar(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
        this.years = new TreeSet<>(exceptions.keySet().stream().map(LocalDate::getYear).toList());
    }

    /** Reads a holiday table (columns date, kind, name). */
    public static WorkingDayCalendar read(String name, InputStream in) {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        for (TsvTable.Row row : TsvTable.read(name, in, "date", "kind", "name").rows()) {
            LocalDate date;
            try {
                date = LocalDate.parse(row.get("date"));
            } catch (DateTimeParseException e) {
                throw row.fail("date", "not a date (yyyy-MM-dd): " + row.get("date"));
            }
            boolean working = switch (row.get("kind")) {
                case "HOLIDAY" -> false;
                case "WORKDAY" -> true;
                default -> throw row.fail("kind", "HOLIDAY or WORKDAY, not " + row.get("kind"));
            };
            if (exceptions.put(date, working) != null) {
                throw row.fail("date", date + " is listed twice");
            }
        }
        return new WorkingDayCalendar(exceptions);
    }

    /** Weekends only, no holidays: for tests that want plain arithmetic. */
    public static WorkingDayCalendar weekendsOnly() {
        return new WorkingDayCalendar(Map.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        Boolean exception = exceptions.get(date);
        if (exception != null) {
            return exception;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The day {@code days} working days after {@code from} (from itself does not count; 0 gives from). */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + days);
        }
        LocalDate date = from;
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Whether the table lists any day of {@code year}: a year it does not know counts weekends only. */
    public boolean covers(int year) {
        return years.contains(year);
    }
}
