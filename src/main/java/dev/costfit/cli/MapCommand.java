package dev.costfit.cli;

import dev.costfit.profile.Profile;
import dev.costfit.recommend.DecisionMap;
import dev.costfit.recommend.MapAxis;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.SweepVariable;
import dev.costfit.report.JsonReport;
import dev.costfit.report.MapReport;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "map",
        modelTransformer = ChartOptions.class,
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"The decision map: the cheapest platform that fits at every cell of a grid over two inputs "
                + "of one profile, drawn as regions, with the boundaries between them, the cells where nothing "
                + "fits (hatched) and the profile's own cell.", "",
            "Inputs: rate, duration, memory, concurrency, cpu_time, varied as breakeven varies them. Ranges default "
                + "to around the profile's own values (rate ÷100 to ×100, duration ÷10 to ×3, memory 128MB to ×4, "
                + "concurrency 1 to ×4, cpu_time ÷10 to ×10 within the duration, each end within what a profile may "
                + "state); the rate is on a log scale, and so "
                + "is any range wider than ten times. Costs are platform costs: LLM tokens, the same everywhere, "
                + "are left out; a platform that fits but has no price in the region is \"not priced\", never "
                + "\"does not fit\".", ""},
        footer = {"", "Examples:",
            "  costfit map profiles/gpu-inference.yaml",
            "  costfit map profiles/chat-api.yaml --x rate --y memory --grid 24x16",
            "  costfit map profiles/rag-pipeline.yaml --y-range 1s..20min --grid 24x16",
            "  costfit map profiles/chat-api.yaml --x concurrency --y cpu_time --grid 20x12",
            "  costfit map profiles/nightly-batch.yaml --format svg --out map.svg",
            "  costfit map profiles/ --profile steady-api --platforms lambda,fargate,eks \\",
            "      --grid 20x12 --format html --out map.html"})
final class MapCommand implements Callable<Integer> {

    private static final Pattern GRID = Pattern.compile("(\\d{1,4})\\s*[x×]\\s*(\\d{1,4})");
    /**
     * The most cells a side, so that a map stays interactive: 100 × 100 takes 1 to 3 s of CPU drawn and 2 to 9 s
     * with every cost (CSV, JSON: every platform in every cell, 3.8 MB of JSON for the chat API), the six example
     * profiles, 2026-12-07, 2 cores; 400 × 400 took 11 s drawn and 37 s, 61 MB and 1 GB of memory as JSON. A
     * drawing finer than 100 cells a side shows no more than the boundaries' own resolution already does.
     */
    static final int MOST_CELLS_A_SIDE = 100;

    @Mixin
    CommonOptions options;

    @Mixin
    ProfileArgument profileArgument;

    @Option(names = "--x", paramLabel = "INPUT", defaultValue = "rate",
            completionCandidates = CompletionNames.Inputs.class,
            description = "The input across: rate, duration, memory, concurrency or cpu_time. Default: "
                    + "${DEFAULT-VALUE}.")
    String xName;

    @Option(names = "--y", paramLabel = "INPUT", defaultValue = "duration",
            completionCandidates = CompletionNames.Inputs.class,
            description = "The input up, another of the same. Default: ${DEFAULT-VALUE}.")
    String yName;

    @Option(names = "--x-range", paramLabel = "FROM..TO",
            description = "The range across, in the units of the profile field: 0.1/s..500/s, 1s..15min, "
                    + "128MB..4GB, 1..80, 10ms..2s.")
    String xRange;

    @Option(names = "--y-range", paramLabel = "FROM..TO", description = "The range up, the same way.")
    String yRange;

    @Option(names = "--grid", paramLabel = "COLUMNSxROWS", defaultValue = "60x40",
            description = "Cells across and up, each 2 to " + MOST_CELLS_A_SIDE + ". Default: ${DEFAULT-VALUE}, "
                    + "fewer across where a terminal is too narrow for 60.")
    String grid;

    /** Prints the engine's time on stderr, to measure the map against its target (issue 13). */
    @Option(names = "--timing", hidden = true)
    boolean timing;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        options.settleFormat(Formats.CHARTS, "map");
        SweepVariable xInput = input(xName, "--x");
        SweepVariable yInput = input(yName, "--y");
        if (xInput == yInput) {
            throw new InputException(Location.ofFile("--y"), "", "found '" + yName + "', which --x maps already; "
                    + "a map needs two different inputs");
        }
        Grid cells = grid();
        if (options.format == Format.PNG) {
            Output.refuseBinaryHere(options.out, spec.commandLine().getOut());
        }
        List<Policy> policies = options.policies(false);
        options.oneRegion = profileArgument.oneRegion("map draws one profile in one region");
        RunInputs inputs = RunInputs.load(options, profileArgument.paths());
        Profile profile = profileArgument.pick(inputs);
        MapAxis y = AxisRange.of(profile, yInput, xInput, yRange, "--y-range", cells.rows());
        // Only a drawing for people asks what the terminal is (JLine's look at it takes some milliseconds).
        Terminal terminal = options.format == Format.TABLE ? Terminal.detect(options.out != null) : null;
        if (terminal != null && !spec.commandLine().getParseResult().hasMatchedOption("--grid")) {
            // The default grid drawn for a terminal too narrow for it: fewer cells across, rather than wrapped lines.
            cells = new Grid(MapReport.columnsFitting(terminal.width(), cells.columns(), profile, y,
                    terminal.fancyCharts()), cells.rows());
        }
        MapAxis x = AxisRange.of(profile, xInput, yInput, xRange, "--x-range", cells.columns());
        long started = System.nanoTime();
        // CSV and JSON list every platform's cost in every cell; a drawing shows each cell's cheapest.
        boolean everyCost = options.format == Format.CSV || options.format == Format.JSON;
        DecisionMap map = DecisionMap.draw(inputs.evaluator(), profile, x, y, everyCost);
        for (MapAxis axis : List.of(x, y)) {
            String option = axis == x ? "--x" : "--y";
            axis.variable().flatOnJob(profile, map.flatAlong(axis.variable())).ifPresent(why -> {
                throw new InputException(Location.ofFile(option), "", "found '" + axis.variable().spelling()
                        + "', but " + why);
            });
        }
        if (timing) {
            spec.commandLine().getErr().printf("map: %d cells, %d evaluated (each distinct cell, and the profile), "
                    + "engine %.0f ms on %d cores%n", map.cells().size(), map.evaluations(),
                    (System.nanoTime() - started) / 1e6,
                    Runtime.getRuntime().availableProcessors());
        }
        if (options.format == Format.PNG) {
            Output.writeBinary(options.out, MapReport.png(map), spec.commandLine().getOut());
        } else {
            String report = switch (options.format) {
                case TABLE -> MapReport.text(map, terminal.width(), terminal.fancyCharts(), options.explain);
                case JSON -> new JsonReport().map(inputs.info(), map);
                case CSV -> MapReport.csv(map);
                case HTML -> MapReport.html(map, inputs.info());
                case SVG -> MapReport.svg(map);
                case PNG, MARKDOWN, JSONL -> throw new IllegalStateException("refused above");
            };
            Output.write(options.out, report, spec.commandLine().getOut());
        }
        // The profile at its own values is priced only when a policy is there to judge it.
        List<ProfileResult> judged = policies.isEmpty() ? List.of()
                : List.of(inputs.evaluator().evaluate(profile, false));
        return Output.policies(PolicyCheck.tripped(policies, judged, options.budget), spec.commandLine().getErr());
    }

    private static SweepVariable input(String text, String option) {
        return SweepVariable.bySpelling(text).orElseThrow(() -> new InputException(Location.ofFile(option), "",
                "found '" + text + "', expected " + SweepVariable.spellings()));
    }

    /** Cells across and up. */
    private record Grid(int columns, int rows) {}

    private Grid grid() {
        Matcher m = GRID.matcher(grid.trim());
        int columns = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        int rows = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        if (columns < 2 || rows < 2 || columns > MOST_CELLS_A_SIDE || rows > MOST_CELLS_A_SIDE) {
            throw new InputException(Location.ofFile("--grid"), "", "found '" + grid + "', expected COLUMNSxROWS "
                    + "such as 60x40, each 2 to " + MOST_CELLS_A_SIDE);
        }
        return new Grid(columns, rows);
    }
}
