package cn.jining.credithub.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The load driver's standard set, one command: one record per request from 16 clients and batches of 1,000 from 4
 * clients, each on the embedded H2 and on PostgreSQL ({@code CREDITHUB_BENCH_PG_URL}, default the local test
 * database, a fresh schema per run). Each run's figures are printed and appended as a row to the history table of
 * docs/performance.md with the date, commit and machine, so a regression shows the day it lands.
 */
public final class StandardSet {

    static final String HISTORY = "## History of the standard set";
    private static final String TABLE_HEAD = """
            | date | commit | machine | repository | requests | receipts rec/s | requests/s | p50 / p95 / p99 ms \
            | end to end rec/s | raw Artemis msg/s | ratio |
            |---|---|---|---|---|---|---|---|---|---|---|
            """;

    private StandardSet() {
    }

    public static void main(String[] args) throws Exception {
        Path doc = Path.of(args.length > 0 ? args[0] : "docs/performance.md");
        String pg = System.getenv().getOrDefault("CREDITHUB_BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        List<String[]> runs = List.of(
                new String[] {"--records", "5000", "--warmup", "1000", "--batch", "1", "--clients", "16"},
                new String[] {"--records", "100000", "--warmup", "10000", "--batch", "1000", "--clients", "4"});
        String prefix = "| " + LocalDate.now() + " | " + commit() + " | " + machine() + " | ";
        List<String> rows = new ArrayList<>();
        for (String[] run : runs) {
            for (boolean postgres : new boolean[] {false, true}) {
                List<String> args1 = new ArrayList<>(List.of(run));
                if (postgres) {
                    String schema = "bench_" + System.currentTimeMillis();
                    args1.addAll(List.of("--spring.datasource.url=" + pg + "?currentSchema=" + schema
                            + "&reWriteBatchedInserts=true", "--spring.datasource.username=postgres",
                            "--spring.flyway.schemas=" + schema));
                }
                LoadFigures figures = LoadDriver.local(LoadOptions.parse(args1.toArray(String[]::new)));
                System.out.print(figures.report());
                rows.add(prefix + figures.historyCells() + " |");
            }
        }
        append(doc, rows);
        rows.forEach(System.out::println);
        System.exit(0);
    }

    /** Adds {@code rows} at the end of the history table, creating the section the first time. */
    static void append(Path doc, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(doc, StandardCharsets.UTF_8));
        int section = lines.indexOf(HISTORY);
        if (section < 0) {
            lines.add("");
            lines.add(HISTORY);
            lines.add("");
            lines.add("Appended by `StandardSet` (command above), one row per run; nothing else edits this table.");
            lines.add("");
            lines.addAll(List.of(TABLE_HEAD.strip().split("\n")));
            lines.addAll(rows);
        } else {
            int end = section + 1;
            while (end < lines.size() && (lines.get(end).isBlank() || !lines.get(end).startsWith("|"))
                    && !lines.get(end).startsWith("## ")) {
                end++;
            }
            while (end < lines.size() && lines.get(end).startsWith("|")) {
                end++;
            }
            lines.addAll(end, rows);
        }
        Files.write(doc, lines, StandardCharsets.UTF_8);
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? out : "?";
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private static String machine() {
        long gib = Runtime.getRuntime().maxMemory() / (1L << 30);
        return String.format(Locale.ROOT, "%d cores, Java %s, %s, max heap %d GiB",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("os.name"), gib);
    }
}
