package dev.costfit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every minimal reproducer the fuzzer found, kept in src/test/resources/fuzz/regressions: each must end with the
 * exit code its header expects and pass every check of the fuzzer (no crash, no Infinity/NaN/∞ in any output, on
 * exit 2 a message with file:line:col or the option, no report; within 5 s of CPU time — not of wall time, which on
 * a shared build machine measures the other users — and stopped as hung after a minute). Asserted on every build.
 */
class FuzzRegressionTest {

    /** The time limit of issue 11. */
    private static final long LIMIT_MS = 5_000;

    @TempDir
    Path work;

    static List<Path> regressions() throws IOException, URISyntaxException {
        java.net.URL folder = FuzzRegressionTest.class.getResource("/fuzz/regressions");
        assertThat(folder).as("src/test/resources/fuzz/regressions").isNotNull();
        try (var files = Files.list(Path.of(folder.toURI()))) {
            return files.filter(f -> f.toString().endsWith(".yaml") && !f.toString().endsWith(".base.yaml"))
                    .sorted().toList();
        }
    }

    @Test
    void everyRegressionFileHasAHeaderTheRunnerReads() throws Exception {
        List<Path> files = regressions();
        assertThat(files).hasSizeGreaterThanOrEqualTo(32);
        assertThat(files).allSatisfy(f -> {
            RegressionFile regression = RegressionFile.read(f);
            assertThat(regression.args()).isNotEmpty();
            assertThat(regression.expectedExits()).isNotEmpty();
            assertThat(Files.readString(f)).as("%s says why it is kept", f.getFileName()).contains("\n# why: ");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressions")
    void reproducerNowBehaves(Path file) {
        RegressionFile regression = RegressionFile.read(file);
        CaseRunner runner = CaseRunner.alone(work, LIMIT_MS);
        RunInput input = regression.written(work.resolve("case"));
        Verdict verdict = runner.run(input);
        int exit = verdict.exit();
        String state = verdict.failure() ? verdict.outcome().label + ": " + Visible.of(verdict.detail())
                : "exit " + exit + ", expected " + regression.expectedExits();
        assertThat(verdict.failure()).as("%s: %s", file.getFileName(), state).isFalse();
        assertThat(regression.expectedExits()).as("%s: %s", file.getFileName(), state).contains(exit);
    }
}
