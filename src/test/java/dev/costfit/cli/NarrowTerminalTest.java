package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The table format in a terminal 80 columns wide, the commonest width (COLUMNS, as a shell sets it; in a JVM of its
 * own, which is how the environment reaches costfit): no line wider, for the reports with the most columns — the
 * commitments side by side, the regions side by side, the ranges, and diff. (Before, the commitments' table was
 * 100 wide and its title 116, a profile's heading 81, diff's footnote 102.)
 */
class NarrowTerminalTest {

    private static final Map<String, String> EIGHTY = Map.of("COLUMNS", "80", "NO_COLOR", "1");

    private static void fitsEighty(String... args) throws Exception {
        CliRun run = CliRun.inOwnJvm(EIGHTY, args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> wide = run.out().lines().filter(l -> l.codePointCount(0, l.length()) > 80).toList();
        assertThat(wide).as("lines wider than 80 columns").isEmpty();
        assertThat(run.out().lines().count()).isGreaterThan(20);
    }

    @Test
    void commitmentsSideBySideFitEightyColumns() throws Exception {
        fitsEighty("recommend", "examples/commitments/steady-lookup.yaml", "--pricing",
                "savings-plan-3y-all-upfront");
    }

    @Test
    void regionsSideBySideFitEightyColumns() throws Exception {
        fitsEighty("recommend", "profiles/chat-api.yaml", "--region", "us-east-1,eu-west-1,ap-southeast-1");
    }

    @Test
    void rangesFitEightyColumns() throws Exception {
        fitsEighty("recommend", "profiles/chat-api.yaml", "--ranges", "--scenarios", "50");
    }

    @Test
    void diffFitsEightyColumns() throws Exception {
        fitsEighty("diff", "src/test/resources/diff/base", "src/test/resources/diff/head");
    }

    /**
     * At 40 columns, the least costfit takes a terminal to be, diff's tables list one record a row and the ranges'
     * cost bands keep to the width (before, diff's table was 63 wide and the bands' heading 64).
     */
    @Test
    void diffAndRangesFitFortyColumns() throws Exception {
        String[] diff = {"diff", "src/test/resources/diff/base", "src/test/resources/diff/head"};
        String[] ranges = {"recommend", "profiles/chat-api.yaml", "--ranges", "--scenarios", "50"};
        for (String[] args : List.of(diff, ranges)) {
            CliRun run = CliRun.inOwnJvm(Map.of("COLUMNS", "40", "NO_COLOR", "1"), args);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out().lines().filter(l -> l.codePointCount(0, l.length()) > 40).toList()).isEmpty();
        }
    }
}
