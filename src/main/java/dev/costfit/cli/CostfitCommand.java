package dev.costfit.cli;

import dev.costfit.yaml.InputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: a list of verbs. */
@Command(name = "costfit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {RecommendCommand.class, CheckCommand.class, DiffCommand.class,
            BreakevenCommand.class, MapCommand.class, PricingCommand.class, SchemaCommand.class,
            CompletionCommand.class, InitCommand.class, CommandLine.HelpCommand.class},
        description = {
            "Where should this workload run, and what will it cost?",
            "Reads workload profiles (YAML), checks them against the limits of AWS Lambda and other platforms,",
            "prices them from an embedded, dated catalog, and recommends one, with reasons.",
            ""},
        footer = {"",
            "Examples:",
            "  costfit recommend profiles/",
            "  costfit check profiles/batch.yaml --format json",
            "  costfit diff base-profiles/ profiles/ --format markdown",
            "  costfit breakeven profiles/chat-api.yaml --vary rate",
            "  costfit map profiles/chat-api.yaml --x rate --y duration",
            "",
            "Exit codes: 0 done; 1 internal error; 2 bad command line or profile; 3 a --fail-on policy tripped."})
public final class CostfitCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A configured command line writing to the given streams, in this process's environment. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, System.getenv());
    }

    /**
     * A configured command line writing to the given streams; `pricing update` reads its API key from
     * {@code environment} (tests pass their own, since a JVM cannot set its environment).
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, java.util.Map<String, String> environment) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == PricingUpdateCommand.class ? type.cast(new PricingUpdateCommand(environment))
                        : defaults.create(type);
            }
        };
        CommandLine cli = new CommandLine(new CostfitCommand(), factory);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // A bad option value gets one line that names the option, not the whole usage.
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("costfit: " + ex.getMessage());
            e.println("costfit: see 'costfit help " + ex.getCommandLine().getCommandName() + "' for the options.");
            e.flush();
            return ExitCodes.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof ReportNotWritten unwritten) {
                e.println("costfit: " + unwritten.getMessage());
                e.flush();
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof InputException input) {
                input.problems().forEach(p -> e.println(p.render()));
                int n = input.problems().size();
                e.println(n == 1 ? "costfit: 1 problem; nothing was priced."
                        : "costfit: " + n + " problems; nothing was priced.");
                e.flush();
                return ExitCodes.BAD_INPUT;
            }
            e.println("costfit: internal error: " + ex + " (this is a bug in costfit; please report it with the "
                    + "command and the profile that caused it)");
            if (System.getenv("COSTFIT_DEBUG") != null) {
                ex.printStackTrace(e);
            }
            e.flush();
            return ExitCodes.INTERNAL_ERROR;
        });
        return cli;
    }
}
