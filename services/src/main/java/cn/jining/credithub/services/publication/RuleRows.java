package cn.jining.credithub.services.publication;

import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.record.SubjectCategory;
import cn.jining.credithub.services.table.TsvTable;
import java.io.InputStream;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Parses rules.tsv into {@link PublicationRule}s; every error names the line and column. */
final class RuleRows {

    private static final String[] COLUMNS = {"id", "category", "subject", "penalty_kind", "domain_keywords", "published",
        "date_field", "min_period", "max_period", "end_field", "withdraw_when", "within_working_days", "confirmed",
        "legal_basis"};

    private RuleRows() {
    }

    static List<PublicationRule> parse(String name, InputStream in) {
        List<PublicationRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (TsvTable.Row row : TsvTable.read(name, in, COLUMNS).rows()) {
            PublicationRule rule = rule(row);
            if (!ids.add(rule.id())) {
                throw row.fail("id", "rule " + rule.id() + " is defined twice");
            }
            rules.add(rule);
        }
        return rules;
    }

    private static PublicationRule rule(TsvTable.Row row) {
        RecordCategory category = RecordCategory.of(row.get("category"))
                .orElseThrow(() -> row.fail("category", "not a record category: " + row.get("category")));
        boolean published = yesNo(row, "published");
        String dateField = row.optional("date_field");
        if (published && dateField == null) {
            throw row.fail("date_field", "a published rule needs the date its period runs from");
        }
        Period min = period(row, "min_period");
        Period max = period(row, "max_period");
        if (min != null && max != null && min.toTotalMonths() * 31 + min.getDays() > max.toTotalMonths() * 31 + max.getDays()) {
            throw row.fail("min_period", min + " is longer than max_period " + max);
        }
        String withdraw = row.optional("withdraw_when");
        if (withdraw != null && !withdraw.matches("[A-Za-z]+=.+")) {
            throw row.fail("withdraw_when", "field=value, not " + withdraw);
        }
        String keywords = row.optional("domain_keywords");
        return new PublicationRule(row.get("id"), category, subjects(row), star(row.get("penalty_kind")),
                keywords == null ? List.of() : List.of(keywords.split("\\|")), published, dateField, min, max,
                row.optional("end_field"), withdraw == null ? null : withdraw.substring(0, withdraw.indexOf('=')),
                withdraw == null ? null : withdraw.substring(withdraw.indexOf('=') + 1), workingDays(row),
                yesNo(row, "confirmed"), row.get("legal_basis"));
    }

    private static Set<SubjectCategory> subjects(TsvTable.Row row) {
        String value = row.get("subject");
        if ("*".equals(value)) {
            return null;
        }
        try {
            return Arrays.stream(value.split("\\|")).map(SubjectCategory::of).collect(Collectors.toUnmodifiableSet());
        } catch (IllegalArgumentException e) {
            throw row.fail("subject", e.getMessage());
        }
    }

    private static Period period(TsvTable.Row row, String column) {
        String value = row.optional(column);
        try {
            return value == null ? null : Period.parse(value);
        } catch (DateTimeParseException e) {
            throw row.fail(column, "not an ISO-8601 period (P3M, P1Y): " + value);
        }
    }

    private static Integer workingDays(TsvTable.Row row) {
        String value = row.optional("within_working_days");
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,3}")) {
            throw row.fail("within_working_days", "a number of working days, not " + value);
        }
        return Integer.valueOf(value);
    }

    private static boolean yesNo(TsvTable.Row row, String column) {
        return switch (row.get(column)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw row.fail(column, "yes or no, not " + row.get(column));
        };
    }

    private static String star(String value) {
        return "*".equals(value) ? null : value;
    }
}
