package cn.jining.credithub.adapters.jdbc;

import cn.jining.credithub.contracts.json.ContractsJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads staging rows as records: column name to value, without the id, status and reason columns (the id
 * becomes the record id). A NULL is an absent value, as an empty CSV cell is; the mapping applies in the intake.
 */
final class StagingRows {

    private final List<String> names = new ArrayList<>();
    private final List<Integer> dataColumns = new ArrayList<>();
    private int idIndex;
    private int reasonSize;
    private int statusIndex;
    private int reasonIndex;

    StagingRows(ResultSetMetaData meta, JdbcStagingSettings settings) throws SQLException {
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnLabel(i);
            names.add(name);
            // Case-insensitive: unquoted names come back upper case from H2 and lower case from PostgreSQL.
            if (name.equalsIgnoreCase(settings.idColumn())) {
                idIndex = i;
            } else if (name.equalsIgnoreCase(settings.reasonColumn())) {
                reasonIndex = i;
                reasonSize = meta.getPrecision(i);
            } else if (name.equalsIgnoreCase(settings.statusColumn())) {
                statusIndex = i;
            } else {
                dataColumns.add(i);
            }
        }
        if (idIndex == 0 || statusIndex == 0 || reasonIndex == 0) {
            throw new IllegalStateException("staging table " + settings.table() + " needs the columns "
                    + settings.idColumn() + ", " + settings.statusColumn() + " and " + settings.reasonColumn()
                    + "; it has " + names);
        }
    }

    int idIndex() {
        return idIndex;
    }

    /** The reason column's size in characters; 0 or less when the driver reports none (no truncation). */
    int reasonSize() {
        return reasonSize;
    }

    ObjectNode data(ResultSet row) throws SQLException {
        ObjectNode data = ContractsJson.mapper().createObjectNode();
        for (int i : dataColumns) {
            Object value = row.getObject(i);
            String name = names.get(i - 1);
            if (value == null) {
                continue;
            }
            if (value instanceof BigDecimal || value instanceof Long || value instanceof Integer
                    || value instanceof Short || value instanceof Double || value instanceof Float) {
                data.put(name, new BigDecimal(value.toString()));
            } else if (value instanceof Timestamp timestamp) {
                data.put(name, timestamp.toLocalDateTime().toString());
            } else if (value instanceof java.sql.Date date) {
                data.put(name, date.toLocalDate().toString());
            } else {
                // Text, CLOB and anything else as the driver renders it as text.
                data.put(name, row.getString(i));
            }
        }
        return data;
    }
}
