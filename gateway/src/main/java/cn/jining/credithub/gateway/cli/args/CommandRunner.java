package cn.jining.credithub.gateway.cli.args;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/**
 * How every hub command runs (picocli): generated {@code --help} on every command and subcommand, an unknown
 * option or a missing argument is an error (exit {@link #USAGE}, the message and the usage on the error
 * stream), and a failure a command did not handle is one line, never a stack trace. (Its own package, imported
 * by the commands that {@code HubCli} registers, so the two never import each other.)
 */
public final class CommandRunner {

    /** Exit code of a command line that does not parse. */
    public static final int USAGE = 2;
    /** Exit code of a command that failed. */
    public static final int ERROR = 1;

    private CommandRunner() {
    }

    /** What a command runs with: the environment and the two streams (a test passes its own). */
    public record Context(Map<String, String> env, PrintStream out, PrintStream err) {
    }

    /** Parses {@code args} for {@code command} (a picocli command object) and runs it: its exit code. */
    public static int execute(Object command, String[] args, Context context) {
        return configure(new CommandLine(command), context).execute(args);
    }

    /** The settings every hub command line shares. */
    public static CommandLine configure(CommandLine line, Context context) {
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(context.err(), StandardCharsets.UTF_8), true);
        return line.setOut(new PrintWriter(new java.io.OutputStreamWriter(context.out(), StandardCharsets.UTF_8), true))
                .setErr(err)
                .setParameterExceptionHandler((e, args) -> {
                    err.println(e.getCommandLine().getCommandName() + ": " + e.getMessage());
                    e.getCommandLine().usage(err);
                    return USAGE;
                })
                .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                    err.println(commandLine.getCommandName() + ": " + e.getMessage());
                    return ERROR;
                });
    }

    /** For a command with subcommands run without one: its usage, exit {@link #USAGE}. */
    public static int usage(CommandLine.Model.CommandSpec spec) {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }
}
