package cn.jining.credithub.services.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A rule table as config/ keeps them (publication rules, masking, holidays): UTF-8, tab-separated, '#' comments,
 * the first other line names the columns. Every error names the table, the line and the column.
 */
public final class TsvTable {

    private final String name;
    private final List<String> columns;
    private final List<Row> rows;

    private TsvTable(String name, List<String> columns, List<Row> rows) {
        this.name = name;
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads a table; {@code name} (a file or resource name) appears in every error. */
    public static TsvTable read(String name, InputStream in, String... requiredColumns) {
        List<String> columns = null;
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::trim).toList();
                if (columns == null) {
                    columns = cells;
                    for (String required : requiredColumns) {
                        if (!columns.contains(required)) {
                            throw new RuleTableException(name + ": the header lacks column '" + required + "'");
                        }
                    }
                } else if (cells.size() != columns.size()) {
                    throw new RuleTableException(name + " line " + number + ": " + cells.size() + " cells, the header has "
                            + columns.size() + " (cells are separated by tabs)");
                } else {
                    rows.add(new Row(name, number, columns, cells));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        if (columns == null) {
            throw new RuleTableException(name + ": no header line");
        }
        return new TsvTable(name, columns, List.copyOf(rows));
    }

    public String name() {
        return name;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** One line of a table. */
    public record Row(String table, int line, List<String> columns, List<String> cells) {

        /** The cell of {@code column}; blank cells are refused (write '-' for none). */
        public String get(String column) {
            int index = columns.indexOf(column);
            if (index < 0) {
                throw new RuleTableException(table + ": no column '" + column + "'");
            }
            String value = cells.get(index);
            if (value.isEmpty()) {
                throw fail(column, "is empty (write '-' for none)");
            }
            return value;
        }

        /** The cell of {@code column}, or null where it says '-'. */
        public String optional(String column) {
            String value = get(column);
            return "-".equals(value) ? null : value;
        }

        /** An error about this row's {@code column}. */
        public RuleTableException fail(String column, String problem) {
            return new RuleTableException(table + " line " + line + ", column " + column + ": " + problem);
        }
    }
}
