package dev.costfit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every minimal reproducer the fuzzer found, kept in src/test/resources/fuzz/regressions: each must now end with
 * the exit code its header expects, and pass every check of the fuzzer (no crash, no Infinity/NaN/∞, a message with
 * file:line:col or the option, no hang). Same switch as {@link ProfileFuzzTest}: asserted in strict mode
 * (-Dfuzz.strict=true, or {@link FuzzConfig#STRICT_BY_DEFAULT} once issue 11's fixes land); with -Dfuzz.report=true
 * each file's state is printed instead; otherwise skipped.
 */
class FuzzRegressionTest {

    private static final FuzzConfig CONFIG = FuzzConfig.fromSystemProperties();

    @TempDir
    Path work;

    static Stream<Path> regressions() throws IOException, URISyntaxException {
        java.net.URL folder = FuzzRegressionTest.class.getResource("/fuzz/regressions");
        if (folder == null) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.filter(f -> f.toString().endsWith(".yaml") && !f.toString().endsWith(".base.yaml"))
                    .sorted().toList().stream();
        }
    }

    @Test
    void everyRegressionFileHasAHeaderTheRunnerReads() throws Exception {
        assertThat(regressions()).allSatisfy(f -> {
            RegressionFile regression = RegressionFile.read(f);
            assertThat(regression.args()).isNotEmpty();
            assertThat(regression.expectedExits()).isNotEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressions")
    void reproducerNowBehaves(Path file) {
        Assumptions.assumeTrue(CONFIG.strict() || CONFIG.report(),
                "fuzz regressions are asserted with -Dfuzz.strict=true (enabled once issue 11's fixes land)");
        RegressionFile regression = RegressionFile.read(file);
        CaseRunner runner = new CaseRunner(work, CONFIG.limitMillis(), CONFIG.hardCapMillis());
        RunInput input = regression.written(work.resolve("case"));
        Verdict verdict = runner.run(input);
        int exit = verdict.exit();
        String state = verdict.failure() ? verdict.outcome().label + ": " + Visible.of(verdict.detail())
                : regression.expectedExits().contains(exit) ? "passes (exit " + exit + ")"
                : "exit " + exit + ", expected " + regression.expectedExits();
        if (CONFIG.report()) {
            System.out.println("fuzz regression " + file.getFileName() + ": " + state);
            return;
        }
        assertThat(verdict.failsStrictly()).as("%s: %s", file.getFileName(), state).isFalse();
        assertThat(regression.expectedExits()).as("%s: %s", file.getFileName(), state).contains(exit);
    }
}
