package dev.costfit.cli;

import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Printable;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: a list of verbs. */
@Command(name = "costfit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Where should this workload run, and what will it cost?",
            // One paragraph a line: picocli wraps each line to the help's width on its own.
            "Reads workload profiles (YAML), checks them against the limits of AWS Lambda and other platforms, "
                + "prices them from an embedded, dated catalog, and recommends one, with reasons.",
            ""},
        footer = {"",
            "Examples:",
            "  costfit recommend profiles/",
            "  costfit check profiles/nightly-batch.yaml --format json",
            "  costfit diff examples/diff-base/ profiles/ --format markdown",
            "  costfit breakeven profiles/chat-api.yaml --vary rate",
            "  costfit map profiles/chat-api.yaml --x rate --y duration",
            "",
            "Exit codes: 0 done; 1 internal error; 2 bad command line or profile; 3 a --fail-on policy tripped."})
public final class CostfitCommand implements java.util.concurrent.Callable<Integer> {

    /**
     * The verbs, in the order the usage lists them. Registered here rather than in the annotation so that a run of
     * one verb builds only that verb's model: picocli reads every option of every verb it is given, a third of a
     * short run's start-up.
     */
    private static final List<Class<?>> VERBS = List.of(RecommendCommand.class, CheckCommand.class,
            DiffCommand.class, BreakevenCommand.class, MapCommand.class, PricingCommand.class, SchemaCommand.class,
            CompletionCommand.class, InitCommand.class, CommandLine.HelpCommand.class);
    /**
     * The verbs that a run of one builds alone, by the name their {@code @Command} gives them (a test keeps the two
     * the same): reading the annotations of every verb to find one cost a tenth of the main thread's start-up.
     */
    private static final java.util.Map<String, Class<?>> ALONE = java.util.Map.of("recommend",
            RecommendCommand.class, "check", CheckCommand.class, "diff", DiffCommand.class, "breakeven",
            BreakevenCommand.class, "map", MapCommand.class, "pricing", PricingCommand.class, "schema",
            SchemaCommand.class);
    /** Verbs that read the price catalog. */
    private static final java.util.Set<String> PRICING_VERBS = java.util.Set.of("recommend", "check", "diff",
            "breakeven", "map", "pricing", "init");
    /** Verbs that price profiles: a refusal by one says "nothing was priced" (pricing's verbs read prices only). */
    private static final java.util.Set<String> PRICED = java.util.Set.of("recommend", "check", "diff", "breakeven",
            "map", "init");

    @Spec
    private CommandSpec spec;

    /**
     * No command: the usage on stderr and exit 2, picocli's convention where a subcommand is required (a script that
     * runs `costfit $VERB` with an empty VERB fails rather than passes).
     */
    @Override
    public Integer call() {
        return commandMissing(spec);
    }

    /**
     * The "did you mean" of a word picocli did not match: the closest command or option by edit distance (recomend:
     * recommend; --frmat: --format), else picocli's own suggestions, which a handler of one's own otherwise drops
     * (picocli's alone offered --free-tier for --frmat).
     */
    static java.util.Optional<String> suggestion(CommandLine.UnmatchedArgumentException unmatched) {
        List<String> words = unmatched.getUnmatched();
        if (!words.isEmpty()) {
            String word = words.get(0).contains("=") && words.get(0).startsWith("-")
                    ? words.get(0).substring(0, words.get(0).indexOf('=')) : words.get(0);
            CommandSpec spec = unmatched.getCommandLine().getCommandSpec();
            java.util.Collection<String> names = word.startsWith("-") ? spec.optionsMap().keySet()
                    : spec.subcommands().keySet();
            java.util.Optional<String> closest = dev.costfit.yaml.Suggestions.closest(word, names);
            if (closest.isPresent()) {
                return closest;
            }
        }
        List<String> theirs = unmatched.getSuggestions();
        return theirs.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(" or ", theirs));
    }

    /** The usage of a command that needs a subcommand, on stderr, and the exit code of a bad command line. */
    static int commandMissing(CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("costfit: '" + spec.qualifiedName() + "' needs a command ("
                + String.join(", ", spec.subcommands().keySet().stream().filter(c -> !c.equals("help")).toList())
                + "); its usage:");
        spec.commandLine().usage(err);
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /**
     * Where the options of {@code command} are explained, as a command that exists: "costfit pricing show --help"
     * ("costfit help show" is no command: help takes a verb of the top level only).
     */
    static String seeHelp(CommandLine command) {
        return "see '" + command.getCommandSpec().qualifiedName() + " --help'.";
    }

    /** A configured command line writing to the given streams, in this process's environment. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, System.getenv());
    }

    /**
     * Whether these arguments will read the price catalog: a verb that prices or shows prices, not asked for its
     * help (Main then parses the catalog on another core while the command line is read).
     */
    public static boolean readsCatalog(String[] args) {
        return args.length > 0 && PRICING_VERBS.contains(args[0])
                && java.util.Arrays.stream(args).noneMatch(a -> a.equals("-h") || a.equals("--help"));
    }

    /**
     * A configured command line writing to the given streams; `pricing update` reads its API key from
     * {@code environment} (tests pass their own, since a JVM cannot set its environment).
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, java.util.Map<String, String> environment) {
        return commandLine(out, err, environment, VERBS);
    }

    /**
     * The command line for these arguments: when the first names a verb, that verb alone; for the version alone, no
     * verb (0.20 → 0.14 s for `costfit --version`, 2026-12-06). The usage of the top level and the verbs that need
     * the whole tree get every verb: help lists it, completion scripts are written from it, and init runs recommend
     * on the profile it wrote.
     */
    public static CommandLine forArguments(String[] args, PrintWriter out, PrintWriter err,
                                           java.util.Map<String, String> environment) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return commandLine(out, err, environment, List.of());
        }
        Class<?> alone = args.length == 0 ? null : ALONE.get(args[0]);
        return commandLine(out, err, environment, alone == null ? VERBS : List.of(alone));
    }

    /**
     * Whether {@code command} prices profiles, so that a refusal says "nothing was priced"; schema, completion and
     * pricing's verbs write a file or a table and price nothing ("nothing was written").
     */
    private static boolean pricesProfiles(CommandLine command) {
        CommandLine verb = command;
        while (verb.getParent() != null && verb.getParent().getParent() != null) {
            verb = verb.getParent();
        }
        return PRICED.contains(verb.getCommandName());
    }

    /** The verbs a run of one of them builds alone, by name (for the test that they match their annotations). */
    static java.util.Map<String, Class<?>> verbsBuiltAlone() {
        return ALONE;
    }

    /** Every verb. */
    static List<Class<?>> verbs() {
        return VERBS;
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, java.util.Map<String, String> environment,
                                           List<Class<?>> verbs) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == PricingUpdateCommand.class ? type.cast(new PricingUpdateCommand(environment))
                        : defaults.create(type);
            }
        };
        CommandLine cli = new CommandLine(new CostfitCommand(), factory);
        // Before the settings below: picocli applies them to the subcommands registered at the time.
        // Each verb as its own CommandLine: that, unlike adding its class, applies the verb's model transformer
        // (init's answer flags).
        verbs.forEach(verb -> cli.addSubcommand(new CommandLine(verb, factory)));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // Help fitted to the terminal it is shown on (picocli asks its width only when printing help), not picocli's
        // fixed 80 columns, which re-wrapped descriptions written to about 100 into ragged lines (audit C4).
        cli.setUsageHelpAutoWidth(true);
        // A bad option value gets one line that names the option, not the whole usage.
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            // picocli's message quotes the argument as typed: a control character in it would act on the terminal.
            e.println("costfit: " + Printable.of(ex.getMessage()));
            if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
                suggestion(unmatched).ifPresent(s -> e.println("costfit: did you mean " + Printable.of(s) + "?"));
            }
            e.println("costfit: " + seeHelp(ex.getCommandLine()));
            e.flush();
            return ExitCodes.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof ReportNotWritten unwritten) {
                e.println("costfit: " + Printable.of(unwritten.getMessage()));
                e.flush();
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof InputException input) {
                input.problems().forEach(p -> e.println(p.render()));
                int n = input.problems().size();
                String nothing = pricesProfiles(commandLine) ? "nothing was priced." : "nothing was written.";
                e.println(n == 1 ? "costfit: 1 problem; " + nothing : "costfit: " + n + " problems; " + nothing);
                e.flush();
                return ExitCodes.BAD_INPUT;
            }
            e.println("costfit: internal error: " + Printable.of(String.valueOf(ex)) + " (this is a bug in costfit; "
                    + "please report it with the command and the profile that caused it)");
            if (System.getenv("COSTFIT_DEBUG") != null) {
                ex.printStackTrace(e);
            }
            e.flush();
            return ExitCodes.INTERNAL_ERROR;
        });
        return cli;
    }
}
