package org.provlens.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.provlens.analysis.core.Suggestions;

/**
 * The {@code provlens} command: {@code import}, {@code summary}, {@code validate}, {@code query},
 * {@code energy}, {@code export}, {@code diagram}, {@code recommend} and {@code chart-data}, headless. Exit status 0
 * when all went well, 1 on data errors (bad records, unreadable files), 2 on usage errors. Errors are one readable
 * line; {@code --debug} adds the stack trace.
 */
public final class Main {

    /** Exit status of success. */
    public static final int OK = 0;
    /** Exit status when the data had errors. */
    public static final int DATA_ERROR = 1;
    /** Exit status of a command line that cannot run. */
    public static final int USAGE_ERROR = 2;

    private static final Map<String, Command> COMMANDS = Map.of(
            "import", new ImportCommand(),
            "summary", new SummaryCommand(),
            "validate", new ValidateCommand(),
            "query", new QueryCommand(),
            "energy", new EnergyCommand(),
            "export", new ExportCommand(),
            "diagram", new DiagramCommand(),
            "recommend", new RecommendCommand(),
            "chart-data", new ChartDataCommand(),
            "compare", new CompareCommand());

    private static final String USAGE = """
            Usage: provlens <command> [options]
                   provlens                 (no command: opens the workbench)

            Commands:
              import <files|dirs>... --into <workspace> [--format F]   add provenance to a workspace file
              summary <inputs>... [--json]                             what the inputs hold, and every warning
              validate <files>... [--json]                             every problem, exit status 1 on errors
              query <inputs>... --level <L> [--where F] [--columns a,b] [--sort col[:desc]]
                    [--group-by col --agg mean|sum|max] [--format table|csv|json]
              energy <inputs>... [--by activity|level|host|site|workflow|campaign|phase]    energy and carbon
                    [--pue X] [--intensity G | --intensity-csv FILE] [--format table|csv|json]
              export <inputs>... --format prov-json|jsonl|csv --out <file>
              compare <inputs>... --runs ID,ID[,...] [--baseline ID] [--at-step N] [--format table|csv|json]
              diagram <lineage|dag|hierarchy> <inputs>... [--root ID] [--depth N] --format svg|json --out <file>
              recommend <inputs>... (--like ID | --task FILE.json) [--top K] [--objective KEY:min|max]
                    [--energy-weight W] [--format json|table] [--export SEEDS.json]
              chart-data <series|timeline|activity-stats|effects> <inputs>... [options] [--format json|csv]
                                                                       the numbers behind each chart

            Inputs are provenance files (format recognised by content), directories holding them, or a ProvLens
            workspace (.provlens, .xmi). Run 'provlens <command> --help' for a command's options.
            Folders are searched for data files; every file that looks like data (.json, .jsonl, .csv, .sqlite, .db,
            JSON or SQLite content) is read, and one that cannot be is an error; --verbose lists the other files.
            Exit status: 0 ok, 1 data errors, 2 usage errors. --debug prints stack traces.
            """;

    private Main() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        boolean terminal = "1".equals(System.getProperty("provlens.tty"));
        System.exit(run(args, System.out, System.err, terminal));
    }

    /**
     * Runs a command line.
     *
     * @param args the command line
     * @param out standard output
     * @param err standard error
     * @param terminal whether standard error is a terminal (progress bar) or a log (plain lines)
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        List<String> list = Arrays.asList(args);
        boolean debug = list.contains("--debug");
        boolean verbose = list.contains("--verbose");
        List<String> rest = list.stream().filter(a -> !a.equals("--debug") && !a.equals("--verbose")).toList();
        if (rest.isEmpty() || rest.get(0).equals("--help") || rest.get(0).equals("-h") || rest.get(0).equals("help")) {
            out.print(USAGE);
            return rest.isEmpty() ? USAGE_ERROR : OK;
        }
        Command command = COMMANDS.get(rest.get(0));
        if (command == null) {
            String suggestion = closest(rest.get(0));
            err.println("provlens: unknown command '" + rest.get(0) + "'"
                    + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)"));
            err.print(USAGE);
            return USAGE_ERROR;
        }
        List<String> commandArgs = rest.subList(1, rest.size());
        if (commandArgs.contains("--help") || commandArgs.contains("-h")) {
            out.print(command.help());
            return OK;
        }
        try {
            return command.run(commandArgs, new Io(out, err, terminal, verbose));
        } catch (UsageException e) {
            err.println("provlens " + rest.get(0) + ": " + e.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            return USAGE_ERROR;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            err.println("provlens " + rest.get(0) + ": " + e.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            return DATA_ERROR;
        } catch (RuntimeException e) {
            err.println("provlens " + rest.get(0) + ": internal error: " + e
                    + (debug ? "" : " (run with --debug for details)"));
            if (debug) {
                e.printStackTrace(err);
            }
            return DATA_ERROR;
        }
    }

    /** The command within two edits of a mistyped one, if exactly one is. */
    private static String closest(String typed) {
        List<String> near = COMMANDS.keySet().stream().filter(name -> Suggestions.distance(name, typed) <= 2).sorted().toList();
        return near.size() == 1 ? near.get(0) : null;
    }

    /**
     * The streams of a run.
     *
     * @param out standard output
     * @param err standard error
     * @param terminal whether standard error is a terminal
     * @param verbose whether {@code --verbose} asked for details (such as the files a folder search ignored)
     */
    record Io(PrintStream out, PrintStream err, boolean terminal, boolean verbose) {
        ConsoleProgress progress() {
            return new ConsoleProgress(err, terminal, verbose);
        }
    }

    /** One subcommand. */
    interface Command {
        /**
         * Runs it.
         *
         * @param args the arguments after the command name
         * @param io the streams
         * @return the exit status
         * @throws IOException when input or output fails
         */
        int run(List<String> args, Io io) throws IOException;

        /**
         * Its usage text.
         *
         * @return the help
         */
        String help();
    }
}
