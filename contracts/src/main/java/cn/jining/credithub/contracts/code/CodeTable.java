package cn.jining.credithub.contracts.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A code table of the data standard, loaded from a tab-separated resource under {@code codetables/}
 * (code, canonical label). Either the code or the label is accepted; the label is the canonical value.
 */
public final class CodeTable {

    private final String name;
    private final Map<String, String> labelByAlias;
    private final Map<String, String> labelByCode;

    private CodeTable(String name, Map<String, String> labelByAlias, Map<String, String> labelByCode) {
        this.name = name;
        this.labelByAlias = Collections.unmodifiableMap(labelByAlias);
        this.labelByCode = Collections.unmodifiableMap(labelByCode);
    }

    private static final Map<String, CodeTable> LOADED = new ConcurrentHashMap<>();
    public static final CodeTable PENALTY_KIND = named("penalty-kind");
    public static final CodeTable ID_TYPE = named("id-type");
    /** Administrative division codes (GB/T 2260): the provinces, Shandong's prefectures and Jining's counties. */
    public static final CodeTable DIVISION = named("division");
    /** The label of the resident identity card in {@link #ID_TYPE}. */
    public static final String RESIDENT_ID = "身份证";

    /** The table {@code codetables/<name>.tsv}, loaded once. */
    public static CodeTable named(String name) {
        return LOADED.computeIfAbsent(name, CodeTable::load);
    }

    private static CodeTable load(String name) {
        String resource = "codetables/" + name + ".tsv";
        try (InputStream in = CodeTable.class.getResourceAsStream("/cn/jining/credithub/contracts/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("code table resource missing: " + resource);
            }
            Map<String, String> map = new LinkedHashMap<>();
            Map<String, String> codes = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new IllegalStateException(resource + " line " + lineNo + ": expected code<TAB>label");
                }
                map.put(cols[0].trim(), cols[1].trim());
                codes.put(cols[0].trim(), cols[1].trim());
                map.put(cols[1].trim(), cols[1].trim());
            }
            return new CodeTable(name, map, codes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read code table " + resource, e);
        }
    }

    public String name() {
        return name;
    }

    /** The canonical label for a code or label, if the table has it. */
    public Optional<String> canonical(String codeOrLabel) {
        return codeOrLabel == null ? Optional.empty() : Optional.ofNullable(labelByAlias.get(codeOrLabel.trim()));
    }

    /** Whether the table has this code (not label). */
    public boolean containsCode(String code) {
        return code != null && labelByCode.containsKey(code);
    }

    public boolean contains(String codeOrLabel) {
        return canonical(codeOrLabel).isPresent();
    }
}
