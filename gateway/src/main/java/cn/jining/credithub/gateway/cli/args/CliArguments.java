package cn.jining.credithub.gateway.cli.args;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A hub command's arguments, read the same way by every command: {@code --name value} options, {@code --flag}
 * switches named by the command, and the positional words in order. (Its own package, imported by the commands
 * that {@code HubCli} registers, so the two never import each other.)
 */
public record CliArguments(List<String> positional, Map<String, String> options) {

    /** Reads {@code args}; a switch in {@code flags} takes no value and reads as option {@code "true"}. */
    public static CliArguments parse(String[] args, Set<String> flags) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name != null && flags.contains(name)) {
                options.put(name, "true");
            } else if (name != null && i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        return new CliArguments(List.copyOf(positional), Map.copyOf(options));
    }

    public static CliArguments parse(String[] args) {
        return parse(args, Set.of());
    }
}
