package dev.costfit.fuzz;

import static dev.costfit.fuzz.Extremes.DIGITS_310;
import static dev.costfit.fuzz.Extremes.SUBNORMAL;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws the command line of a case. Command and format go round-robin over every pair (so any run of N cases covers
 * each of the {@link #PAIRS} about N/36 times); the other options are random: --explain, --free-tier, --region
 * (unknown ones too), --platforms subsets, --fail-on with and without --budget, --simplicity-margin, --pricing,
 * --jobs for recommend and check; for breakeven --vary, --from, --to and --points; for map --x, --y, --x-range,
 * --y-range and a small --grid (a map's cost grows with its cells: 60x40, the default, takes seconds on any profile).
 */
final class InvocationGenerator {

    private static final List<String> REPORT_FORMATS = List.of("table", "json", "jsonl", "csv", "markdown", "html");
    private static final List<String> CHART_FORMATS = List.of("table", "json", "csv", "html", "svg", "png");
    /** Every (command, format) pair; "diff-reversed" is diff with the mutated profile as the base. */
    static final List<String[]> PAIRS = pairs();
    private static final List<String> PLATFORMS = List.of("lambda", "lambda-managed-instances",
            "cloud-functions-gen2", "cloud-functions-gen1", "fargate", "eks");
    private static final List<String> ODD_PLATFORMS = List.of("Lambda", "", "eks ", "lambda2", "gcf", "fargate,");
    private static final List<String> BUDGETS = List.of("0.01", "1", "100", "10000", "1e12", "0", "-5", "1e308",
            "NaN", "Infinity", "1e-300", "4.9e-324", "abc");
    private static final List<String> MARGINS = List.of("0", "10", "100", "50.5", "-1", "101", "NaN", "Infinity",
            "1e-300", "99.99999", "4.9e-324", "ten");

    private final SplittableRandom rnd;

    InvocationGenerator(SplittableRandom rnd) {
        this.rnd = rnd;
    }

    private static List<String[]> pairs() {
        List<String[]> pairs = new ArrayList<>();
        for (String command : List.of("recommend", "check", "diff", "diff-reversed")) {
            REPORT_FORMATS.forEach(f -> pairs.add(new String[] {command, f}));
        }
        CHART_FORMATS.forEach(f -> pairs.add(new String[] {"breakeven", f}));
        CHART_FORMATS.forEach(f -> pairs.add(new String[] {"map", f}));
        return List.copyOf(pairs);
    }

    /**
     * @param index       the case number (picks the command and format)
     * @param profileName the name of the profile, for breakeven --profile
     * @param severalDocs whether the file may hold several profiles
     */
    Invocation draw(long index, String profileName, boolean severalDocs) {
        String[] pair = PAIRS.get((int) (index % PAIRS.size()));
        String command = pair[0].equals("diff-reversed") ? "diff" : pair[0];
        List<String> positionals = switch (pair[0]) {
            case "diff" -> List.of(Invocation.BASE, Invocation.FILE);
            case "diff-reversed" -> List.of(Invocation.FILE, Invocation.BASE);
            default -> List.of(Invocation.FILE);
        };
        String format = pair[1];
        if (rnd.nextInt(40) == 0) {
            format = Extremes.pick(rnd, List.of("svg", "png", "markdown", "jsonl", "xml", "JSON", ""));
        }
        List<List<String>> options = new ArrayList<>();
        if (command.equals("breakeven")) {
            breakevenOptions(options, profileName, severalDocs);
        } else if (command.equals("map")) {
            mapOptions(options, profileName, severalDocs);
        } else if (!command.equals("diff") && rnd.nextInt(6) == 0) {
            options.add(List.of("--jobs", Extremes.pick(rnd, List.of("1", "2", "3", "1024", "0", "-1", "1025",
                    "two"))));
        }
        if (format.equals("png") || rnd.nextInt(10) == 0) {
            options.add(List.of("--out", Invocation.OUT));
        }
        commonOptions(options, command.equals("diff"));
        return new Invocation(command, positionals, format, options);
    }

    private void commonOptions(List<List<String>> options, boolean diff) {
        // diff refuses --explain (it has nothing more to explain); the draw is kept so that every other choice of a
        // seed stays as it was.
        if (rnd.nextInt(4) == 0 && !diff) {
            options.add(List.of("--explain"));
        }
        if (rnd.nextInt(4) == 0) {
            options.add(List.of("--free-tier"));
        }
        if (rnd.nextInt(5) == 0) {
            options.add(List.of("--region", rnd.nextInt(3) == 0 ? Extremes.pick(rnd, Extremes.ODD_REGIONS)
                    : Extremes.pick(rnd, Extremes.AWS_REGIONS)));
        }
        if (rnd.nextInt(4) == 0) {
            options.add(List.of("--platforms", platforms()));
        }
        if (rnd.nextInt(4) == 0) {
            options.add(List.of("--fail-on", policies(diff)));
            if (rnd.nextBoolean()) {
                options.add(List.of("--budget", Extremes.pick(rnd, BUDGETS)));
            }
        } else if (rnd.nextInt(20) == 0) {
            options.add(List.of("--budget", Extremes.pick(rnd, BUDGETS)));
        }
        if (rnd.nextInt(7) == 0) {
            options.add(List.of("--simplicity-margin", Extremes.pick(rnd, MARGINS)));
        }
        if (rnd.nextInt(8) == 0) {
            options.add(List.of("--pricing", Extremes.pick(rnd, List.of("on-demand", "savings-plan-1y",
                    "savings-plan-3y-all-upfront", "savings-plan-1y-partial-upfront", "spot", "", "SAVINGS-PLAN-1Y"))));
        }
    }

    private String platforms() {
        List<String> chosen = new ArrayList<>();
        for (String id : PLATFORMS) {
            if (rnd.nextBoolean()) {
                chosen.add(id);
            }
        }
        if (chosen.isEmpty() || rnd.nextInt(10) == 0) {
            chosen.add(Extremes.pick(rnd, rnd.nextInt(3) == 0 ? ODD_PLATFORMS : PLATFORMS));
        }
        return String.join(",", chosen);
    }

    private String policies(boolean diff) {
        List<String> all = new ArrayList<>(List.of("infeasible", "unpriced", "over-budget"));
        if (diff || rnd.nextInt(10) == 0) {
            all.add(Extremes.pick(rnd, List.of("increase>10%", "increase>0%", "recommendation-change",
                    "increase>" + DIGITS_310 + "%", "increase>0.0000001%")));
        }
        if (rnd.nextInt(20) == 0) {
            all.add(Extremes.pick(rnd, List.of("over_budget", "", "increase>-5%", "increase>NaN%")));
        }
        List<String> chosen = new ArrayList<>();
        for (String p : all) {
            if (rnd.nextBoolean()) {
                chosen.add(p);
            }
        }
        return chosen.isEmpty() ? all.get(rnd.nextInt(all.size())) : String.join(",", chosen);
    }

    private void breakevenOptions(List<List<String>> options, String profileName, boolean severalDocs) {
        String vary = input();
        options.add(List.of("--vary", vary));
        profileOption(options, profileName, severalDocs);
        if (rnd.nextInt(10) < 3) {
            String[] ends = ends(vary.toLowerCase(java.util.Locale.ROOT));
            if (rnd.nextInt(3) > 0) {
                options.add(List.of("--from", ends[0]));
            }
            if (rnd.nextInt(3) > 0) {
                options.add(List.of("--to", ends[1]));
            }
        }
        int points = rnd.nextInt(20);
        if (points < 15) {
            options.add(List.of("--points", Integer.toString(2 + rnd.nextInt(7))));
        } else if (points < 17) {
            options.add(List.of("--points", Integer.toString(9 + rnd.nextInt(112))));
        } else if (points < 18) {
            options.add(List.of("--points", Extremes.pick(rnd, List.of("0", "1", "2001", "-5", "100000",
                    "2147483648", "x"))));
        }
    }

    /** An input to sweep or map, now and then one spelled oddly or unknown. */
    private String input() {
        return rnd.nextInt(25) == 0 ? Extremes.pick(rnd, List.of("latency", "RATE", "", "Memory", "cpu-time"))
                : Extremes.pick(rnd, List.of("rate", "duration", "memory", "concurrency", "cpu_time"));
    }

    private void profileOption(List<List<String>> options, String profileName, boolean severalDocs) {
        if ((severalDocs && rnd.nextInt(10) < 7) || rnd.nextInt(10) == 0) {
            options.add(List.of("--profile", rnd.nextInt(10) == 0 ? "no-such-profile" : profileName));
        }
    }

    /** map: two inputs (mostly the default rate × duration), a small grid, now and then ranges of any kind. */
    private void mapOptions(List<List<String>> options, String profileName, boolean severalDocs) {
        profileOption(options, profileName, severalDocs);
        String x = "rate";
        String y = "duration";
        if (rnd.nextInt(3) == 0) {
            x = input();
            options.add(List.of("--x", x));
        }
        if (rnd.nextInt(3) == 0) {
            y = input();
            options.add(List.of("--y", y));
        }
        int grid = rnd.nextInt(20);
        String cells = grid < 18 ? (2 + rnd.nextInt(7)) + "x" + (2 + rnd.nextInt(5))
                : Extremes.pick(rnd, List.of("1x1", "2x401", "0x0", "axb", "2147483648x2", "3x", "-2x-2", "12x8"));
        options.add(List.of("--grid", cells));
        for (String[] axis : List.of(new String[] {"--x-range", x}, new String[] {"--y-range", y})) {
            if (rnd.nextInt(10) < 2) {
                String[] ends = ends(axis[1].toLowerCase(java.util.Locale.ROOT));
                options.add(List.of(axis[0], rnd.nextInt(15) == 0 ? ends[0] : ends[0] + ".." + ends[1]));
            }
        }
    }

    /** A --from and a --to for the variable: ordinary, tiny, huge, reversed, zero or in the wrong unit. */
    private String[] ends(String vary) {
        List<String> values = switch (vary) {
            case "rate" -> List.of("0.001/s", "1/month", "100000/s", "1000000000000/s", SUBNORMAL + "/s",
                    DIGITS_310 + "/s", "0/s", "5/s", "50/s", "1/h");
            case "duration" -> List.of("1ms", "0.001ms", "100000h", "15min", "60min", SUBNORMAL + "s",
                    DIGITS_310 + "s", "2s", "0s", "30s");
            case "memory" -> List.of("1MB", "128MB", "10240MB", "1000TB", "1B", "2GB", SUBNORMAL + "MB",
                    DIGITS_310 + "MB", "0MB", "512MB");
            case "cpu_time" -> List.of("0ms", "1ms", "150ms", "2s", "0.00001ms", "100000h", DIGITS_310 + "ms",
                    SUBNORMAL + "s", "30s", "10min");
            default -> List.of("1", "2", "1000", "2147483647", "0", "999999999999999", "10000", "40",
                    "1.5", "3");
        };
        String from = Extremes.pick(rnd, values);
        String to = Extremes.pick(rnd, values);
        if (rnd.nextInt(10) == 0) {
            to = Extremes.pick(rnd, List.of("5s", "5/s", "5MB", "5", "NaN", "Infinity", ""));
        }
        return new String[] {from, to};
    }
}
