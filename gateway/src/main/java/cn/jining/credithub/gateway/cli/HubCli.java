package cn.jining.credithub.gateway.cli;

import cn.jining.credithub.gateway.admin.DeadLettersCli;
import cn.jining.credithub.gateway.audit.AuditCli;
import cn.jining.credithub.gateway.security.KeysCli;
import cn.jining.credithub.gateway.security.SubmitCli;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hub's command line: {@code java -jar credit-hub-exec.jar <command> ...} runs one operator command and
 * exits instead of starting the hub. One table of commands (each a picocli command run by the args package's
 * CommandRunner), so every tool is found, parsed and helped the same way; a new command is one more row.
 */
public final class HubCli {

    /** One command: its arguments (without the command word), the environment and the two streams in, exit code out. */
    @FunctionalInterface
    public interface Command {
        int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err);
    }

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();
    private static final List<String> HELP = List.of("help", "--help", "-h");

    static {
        COMMANDS.put("audit", AuditCli::run);
        COMMANDS.put("dead-letters", DeadLettersCli::run);
        COMMANDS.put("keys", KeysCli::run);
        COMMANDS.put("submit", SubmitCli::run);
    }

    private HubCli() {
    }

    /** The command named by the first argument (or the overall help), if it names one; otherwise the hub starts. */
    public static Optional<Command> command(String[] args) {
        if (args.length == 0) {
            return Optional.empty();
        }
        return HELP.contains(args[0]) ? Optional.of(HubCli::help) : Optional.ofNullable(COMMANDS.get(args[0]));
    }

    /** Runs the command named by {@code args[0]} with the rest of the arguments. */
    public static int run(Command command, String[] args) {
        return command.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.getenv(), System.out, System.err);
    }

    /** The overall usage: how the jar runs, and the commands (each has its own generated --help). */
    static int help(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        out.println("Usage: java -jar credit-hub-exec.jar [COMMAND [ARGS...]]");
        out.println("Without a command, the hub starts. With one, it runs and exits.");
        out.println("Commands: " + String.join(", ", COMMANDS.keySet()) + ". Every command and subcommand has --help,");
        out.println("e.g. java -jar credit-hub-exec.jar audit verify --help");
        return 0;
    }
}
