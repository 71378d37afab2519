package dev.costfit.fuzz;

import java.nio.file.Path;

/**
 * The fuzzer's settings, from system properties; see src/test/resources/fuzz/README.md.
 *
 * @param cases    how many cases to run at most (cases 0…N-1 of the seed)
 * @param budgetMs stop drawing new cases after this long, wall time (0: no budget), to bound a campaign
 * @param cpuBudgetMs the same in the process's CPU time, which the machine's load does not stretch: the build's run
 *                 has one as a safety stop, and fails if fewer than {@code minCases} ran
 * @param report   also write the report files and shrink the failures to reproducers
 */
record FuzzConfig(long cases, long seed, boolean report, int threads, long limitMillis, long hardCapMillis,
                  long budgetMs, long cpuBudgetMs, long minCases, boolean minimise, int minimiseRuns, int maxReproducers,
                  Path reportDir, long onlyCase) {

    /**
     * The build's run (ProfileFuzzTest): 300 cases of seed 11 on one thread — about 40 s of CPU time (0.14 s a case,
     * measured on the build machine: 200 cases took 27.5 s of CPU), so about that long on an idle machine — every one
     * of which must run: a CPU budget of 90 s stops it early, and then it fails, if the cases get much slower.
     */
    static final long BUILD_CASES = 300;
    static final long BUILD_CPU_BUDGET_MS = 90_000;
    static final long BUILD_MIN_CASES = BUILD_CASES;
    static final long DEFAULT_SEED = 11;

    /** The build's run, with any property given on the command line taking precedence. */
    static FuzzConfig forBuild() {
        return fromSystemProperties(BUILD_CASES, BUILD_CPU_BUDGET_MS, BUILD_MIN_CASES);
    }

    /** A campaign (FuzzMain): 100,000 cases, no budget, unless the properties say otherwise. */
    static FuzzConfig forCampaign() {
        return fromSystemProperties(100_000, 0, 0);
    }

    private static FuzzConfig fromSystemProperties(long cases, long cpuBudgetMs, long minCases) {
        boolean report = bool("fuzz.report", false);
        return new FuzzConfig(
                Long.getLong("fuzz.cases", cases),
                Long.getLong("fuzz.seed", DEFAULT_SEED),
                report,
                Integer.getInteger("fuzz.threads", 1),
                Long.getLong("fuzz.limitMs", 5_000),
                Long.getLong("fuzz.hardCapMs", 15_000),
                Long.getLong("fuzz.budgetMs", 0),
                Long.getLong("fuzz.cpuBudgetMs", cpuBudgetMs),
                Long.getLong("fuzz.minCases", minCases),
                bool("fuzz.minimise", report),
                Integer.getInteger("fuzz.minimiseRuns", 150),
                Integer.getInteger("fuzz.maxReproducers", 80),
                Path.of(System.getProperty("fuzz.dir", "target/fuzz-report")),
                Long.getLong("fuzz.case", -1));
    }

    private static boolean bool(String name, boolean fallback) {
        String value = System.getProperty(name);
        return value == null ? fallback : value.isEmpty() || Boolean.parseBoolean(value);
    }
}
