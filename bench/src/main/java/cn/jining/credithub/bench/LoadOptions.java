package cn.jining.credithub.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The load driver's options, {@code --name value}: counts and sizes, and {@code --url}, {@code --source},
 * {@code --keystore} to measure a running hub instead of starting one; any {@code --spring.…} or
 * {@code --credithub.…} argument goes to the hub the driver starts.
 */
record LoadOptions(int records, int warmup, int batch, int clients, int recordsPerMessage, int rawMessages, int rawTx,
                   String url, String source, String keystore, List<String> hubArgs) {

    private static final List<String> TEXT = List.of("url", "source", "keystore");

    static LoadOptions parse(String... args) {
        Map<String, Integer> numbers = new HashMap<>(Map.of("records", 100_000, "warmup", 10_000, "batch", 1_000,
                "clients", 4, "records-per-message", 500, "raw-messages", 50_000, "raw-tx", 100));
        Map<String, String> texts = new HashMap<>(Map.of("source", "jn-amr"));
        List<String> hubArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--spring.") || args[i].startsWith("--credithub.")) {
                hubArgs.add(args[i]); // settings of the hub under test, e.g. --spring.datasource.url=...
                continue;
            }
            String name = args[i].replaceFirst("^--", "");
            if (!numbers.containsKey(name) && !TEXT.contains(name)) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; known: " + numbers.keySet()
                        + " " + TEXT + ", --spring.…, --credithub.…");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
            if (TEXT.contains(name)) {
                texts.put(name, args[++i]);
            } else {
                numbers.put(name, Integer.parseInt(args[++i]));
            }
        }
        if (texts.containsKey("url") != texts.containsKey("keystore")) {
            throw new IllegalArgumentException("--url and --keystore go together (a running hub, a source's keystore; "
                    + "its password from CREDITHUB_KEYSTORE_PASSWORD)");
        }
        return new LoadOptions(numbers.get("records"), numbers.get("warmup"), numbers.get("batch"),
                numbers.get("clients"), numbers.get("records-per-message"), numbers.get("raw-messages"),
                numbers.get("raw-tx"), texts.get("url"), texts.get("source"), texts.get("keystore"), hubArgs);
    }

    boolean remote() {
        return url != null;
    }
}
