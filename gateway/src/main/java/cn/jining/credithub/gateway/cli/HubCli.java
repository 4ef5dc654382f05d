package cn.jining.credithub.gateway.cli;

import cn.jining.credithub.gateway.admin.DeadLettersCli;
import cn.jining.credithub.gateway.audit.AuditCli;
import cn.jining.credithub.gateway.security.KeysCli;
import cn.jining.credithub.gateway.security.SubmitCli;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The hub's command line: {@code java -jar credit-hub-exec.jar <command> ...} runs one operator command and
 * exits instead of starting the hub. One table of commands, so every tool is found the same way.
 */
public final class HubCli {

    /** One command: its arguments (without the command word), the environment and the two streams in, exit code out. */
    @FunctionalInterface
    public interface Command {
        int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err);
    }

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("audit", AuditCli::run);
        COMMANDS.put("dead-letters", DeadLettersCli::run);
        COMMANDS.put("keys", KeysCli::run);
        COMMANDS.put("submit", SubmitCli::run);
    }

    private HubCli() {
    }

    /** The command named by the first argument, if it names one; otherwise the hub starts. */
    public static Optional<Command> command(String[] args) {
        return args.length == 0 ? Optional.empty() : Optional.ofNullable(COMMANDS.get(args[0]));
    }

    /** Runs the command named by {@code args[0]} with the rest of the arguments. */
    public static int run(Command command, String[] args) {
        return command.run(Arrays.copyOfRange(args, 1, args.length), System.getenv(), System.out, System.err);
    }

    /** The command words, for the usage line. */
    public static String commands() {
        return String.join("|", COMMANDS.keySet());
    }
}
