package cn.jining.credithub.contracts.schema;

import cn.jining.credithub.contracts.code.CodeTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The entries (code to canonical label) of a code table, in file order, for publishing its values. */
final class CodeTableEntries {

    private static final String ROOT = "/cn/jining/credithub/contracts/codetables/";

    private CodeTableEntries() {
    }

    /**
     * Reads the table's resource, because {@link CodeTable} answers look-ups but does not list its
     * entries; every entry is checked against {@link CodeTable} so the two readings cannot drift apart.
     */
    static Map<String, String> of(String tableName) {
        CodeTable table = CodeTable.named(tableName);
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = CodeTableEntries.class.getResourceAsStream(ROOT + tableName + ".tsv")) {
            if (in == null) {
                throw new IllegalStateException("code table resource missing: " + tableName);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                String code = cols[0].trim();
                String label = cols.length > 1 ? cols[1].trim() : "";
                if (!table.canonical(code).orElse("").equals(label)) {
                    throw new IllegalStateException("code table " + tableName + ": entry " + code
                            + " reads differently from CodeTable");
                }
                entries.put(code, label);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read code table " + tableName, e);
        }
        return entries;
    }
}
