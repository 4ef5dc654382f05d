package cn.jining.credithub.services.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.services.publication.DefaultTables;
import cn.jining.credithub.services.table.RuleTableException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Working days over the shipped 2026 holiday table (国务院办公厅关于2026年部分节假日安排的通知). */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = DefaultTables.calendar();

    @Test
    void weekdaysWorkAndWeekendsDoNot() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
    }

    @Test
    void springFestivalIsOffAndItsMakeUpSaturdaysAreWorked() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
    }

    @Test
    void sevenWorkingDaysAcrossTheSpringFestival() {
        // Fri 13 Feb; Sat 14 worked (1); 15-23 off; 24, 25, 26, 27 (5); Sat 28 worked (6); Mon 2 Mar (7).
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 7)).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void sevenWorkingDaysAcrossNationalDay() {
        // Tue 29 Sep (1), Wed 30 (2); 1-7 Oct off; Thu 8 (3), Fri 9 (4), Sat 10 worked (5), Mon 12 (6), Tue 13 (7).
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 28), 7)).isEqualTo(LocalDate.of(2026, 10, 13));
    }

    @Test
    void zeroWorkingDaysIsTheSameDayAndNegativeIsRefused() {
        LocalDate day = LocalDate.of(2026, 5, 1);
        assertThat(calendar.plusWorkingDays(day, 0)).isEqualTo(day);
        assertThatThrownBy(() -> calendar.plusWorkingDays(day, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aYearWithoutRowsCountsWeekendsOnlyAndSaysSo() {
        assertThat(calendar.covers(2026)).isTrue();
        assertThat(calendar.covers(2027)).isFalse();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 1, 1), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void badRowsAreNamedByLineAndColumn() {
        assertThatThrownBy(() -> read("date\tkind\tname\n2026-13-01\tHOLIDAY\tx\n"))
                .isInstanceOf(RuleTableException.class).hasMessageContaining("t.tsv line 2, column date");
        assertThatThrownBy(() -> read("date\tkind\tname\n2026-10-01\tFEAST\tx\n"))
                .hasMessageContaining("column kind").hasMessageContaining("HOLIDAY or WORKDAY");
        assertThatThrownBy(() -> read("date\tkind\tname\n2026-10-01\tHOLIDAY\tx\n2026-10-01\tWORKDAY\ty\n"))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> read("date\tkind\n")).hasMessageContaining("lacks column 'name'");
        assertThatThrownBy(() -> read("date\tkind\tname\n2026-10-01 HOLIDAY x\n")).hasMessageContaining("separated by tabs");
    }

    private static WorkingDayCalendar read(String table) {
        return WorkingDayCalendar.read("t.tsv", new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
    }
}
