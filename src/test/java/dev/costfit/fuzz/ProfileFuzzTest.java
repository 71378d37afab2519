package dev.costfit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Robustness fuzzing (issue 11): mutated sample profiles through every command and format, in-process. See
 * src/test/resources/fuzz/README.md for the properties (fuzz.cases, fuzz.seed, fuzz.budgetMs, fuzz.report, …).
 *
 * <p>{@link #mutatedProfilesNeverCrashOrPrintNonFiniteNumbers} runs on every build: {@link FuzzConfig#BUILD_CASES}
 * cases of seed {@link FuzzConfig#DEFAULT_SEED}, each held to 5 s of CPU time; it fails on any failing case, and
 * fails if fewer than {@link FuzzConfig#BUILD_MIN_CASES} ran within the CPU budget
 * ({@link FuzzConfig#BUILD_CPU_BUDGET_MS} ms) — a fuzz run that ran little proves little.
 */
class ProfileFuzzTest {

    @TempDir
    Path work;

    @Test
    void mutatedProfilesNeverCrashOrPrintNonFiniteNumbers() {
        FuzzConfig config = FuzzConfig.forBuild();
        Campaign campaign = new Campaign(config, work, System.out);
        Campaign.Result result = campaign.run();
        System.out.println(campaign.summary(result));
        long expected = config.onlyCase() >= 0 ? 1 : Math.min(config.cases(), config.minCases());
        assertThat(result.tally().total()).as("cases run of seed %d in %d ms (CPU budget %d ms)", config.seed(),
                result.millis(), config.cpuBudgetMs()).isGreaterThanOrEqualTo(expected);
        String failures = result.tally().groups().stream()
                .map(g -> g.count + " × " + g.signature + "\n    first: case " + g.first.index() + ": "
                        + Visible.of(g.firstVerdict.detail()) + "\n    args: " + g.first.invocation())
                .collect(Collectors.joining("\n"));
        assertThat(result.tally().failuresThatCount()).as("failing cases of seed %d (re-run one with "
                        + "-Dtest=ProfileFuzzTest -Dfuzz.seed=%d -Dfuzz.case=N):\n%s\nslow again alone: %s",
                config.seed(), config.seed(), failures, result.tally().confirmedSlow()).isZero();
    }

    /** The harness itself: the samples, as the fuzzer writes them, read back as valid profiles. */
    @Test
    void everySampleRenderedByTheFuzzerIsStillValid() throws Exception {
        for (SeedProfiles.Seed seed : SeedProfiles.all()) {
            Path file = work.resolve(seed.name() + ".yaml");
            Files.writeString(file, YamlTree.render(seed.tree()));
            CliRun run = CliRun.of("check", file.toString(), "--format", "json");
            assertThat(run.exitCode()).as("%s: %s", seed.name(), run.err()).isZero();
        }
        assertThat(SeedProfiles.all()).hasSize(7);
    }

    @Test
    void theSameSeedAndCaseNumberGiveTheSameCase() {
        for (long i = 0; i < 200; i++) {
            FuzzCase a = new CaseGenerator(7).generate(i);
            FuzzCase b = new CaseGenerator(7).generate(i);
            assertThat(a.profileText()).isEqualTo(b.profileText());
            assertThat(a.invocation()).isEqualTo(b.invocation());
        }
        assertThat(new CaseGenerator(7).generate(3).profileText())
                .isNotEqualTo(new CaseGenerator(8).generate(3).profileText());
    }

    /** recommend, check, diff both ways in six formats (jsonl too), breakeven and map in six: 36 pairs. */
    @Test
    void everyCommandAndFormatPairComesRoundInThirtySixCases() {
        assertThat(InvocationGenerator.PAIRS.stream().map(p -> p[0] + " " + p[1]).toList())
                .doesNotHaveDuplicates().hasSize(36).contains("recommend jsonl", "check jsonl", "map png",
                        "map table", "breakeven svg");
        for (long i = 0; i < 72; i++) {
            String[] pair = InvocationGenerator.PAIRS.get((int) (i % 36));
            Invocation inv = new CaseGenerator(1).generate(i).invocation();
            assertThat(inv.command()).isEqualTo(pair[0].replace("-reversed", ""));
        }
    }

    /** Every map the fuzzer draws has a --grid, and mostly a small one: the default 60x40 takes seconds. */
    @Test
    void mapsAreDrawnOnSmallGrids() {
        int maps = 0;
        int small = 0;
        for (long i = 0; i < 36 * 40; i++) {
            Invocation inv = new CaseGenerator(3).generate(i).invocation();
            if (inv.command().equals("map")) {
                maps++;
                String grid = inv.options().stream().filter(o -> o.get(0).equals("--grid")).findFirst()
                        .orElseThrow().get(1);
                if (grid.matches("[2-8]x[2-6]")) {
                    small++;
                }
            }
        }
        assertThat(maps).isEqualTo(6 * 40);
        assertThat(small).isGreaterThan(maps * 8 / 10);
    }
}
