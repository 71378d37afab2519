package dev.costfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.golden.Golden;
import dev.costfit.units.Numbers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The terminal chart against golden text (src/test/resources/charts), drawn from fixed series so that only the
 * drawing is under test: ASCII at 40, 80 and 200 columns, Braille and colour at 80. After a deliberate change,
 * regenerate with {@code mvn -q test -Dtest=TerminalChartTest -Dcostfit.regenerate=true} (which then fails
 * on purpose) and look at the files.
 */
class TerminalChartTest {

    private static final Path GOLDEN = Path.of("src/test/resources/charts");
    private static final int ROWS = 12;

    /**
     * Three lines over a log axis from 0.1 to 1,000: a straight rise (per-request billing), a flat line with a step
     * (an always-on container, one more from 200 on), and a line that stops at 50 (a platform that stops fitting).
     */
    static TerminalChart chart() {
        int n = 41;
        double[] x = new double[n];
        double[] perRequest = new double[n];
        double[] alwaysOn = new double[n];
        double[] limited = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.1 * Math.pow(10, 4.0 * i / (n - 1));
            perRequest[i] = 2 * x[i];
            alwaysOn[i] = x[i] < 200 ? 60 : 120;
            limited[i] = x[i] <= 50 ? 15 + 0.5 * x[i] : Double.NaN;
        }
        List<TerminalChart.Series> series = List.of(new TerminalChart.Series("per request", perRequest),
                new TerminalChart.Series("always on", alwaysOn), new TerminalChart.Series("stops at 50", limited));
        return new TerminalChart(x, series, new TerminalChart.Axis(true, v -> Numbers.significant(v, 3) + "/s"),
                v -> "$" + Numbers.significant(v, 3), List.of(7.5, 30.0), 10);
    }

    @ParameterizedTest(name = "{0} columns, fancy {1}")
    @CsvSource({"40, false", "80, false", "200, false", "80, true"})
    void chartMatchesItsGoldenText(int width, boolean fancy) throws IOException {
        String text = chart().render(width, ROWS, fancy);
        Path golden = GOLDEN.resolve("chart-" + width + (fancy ? "-unicode" : "-ascii") + ".txt");
        Golden.check(golden, text, "mvn -q test -Dtest=TerminalChartTest");
    }

    @ParameterizedTest(name = "{0} columns")
    @CsvSource({"40", "80", "200"})
    void asciiChartsStayInsideTheWidthAndUseOnlyAscii(int width) {
        String text = chart().render(width, ROWS, false);
        assertThat(text.lines()).allSatisfy(line -> {
            assertThat(line.length()).isLessThanOrEqualTo(width);
            assertThat(line.chars()).allMatch(c -> c >= 0x20 && c < 0x7f);
        });
        // A symbol per series, the crossover markers and the profile's own value.
        assertThat(text).contains("* per request").contains("o always on").contains("x stops at 50")
                .contains("^ crossover").contains("v this profile");
    }

    @ParameterizedTest(name = "{0} columns")
    @CsvSource({"40", "80", "200"})
    void unicodeChartsStayInsideTheWidthOnceColoursAreRemoved(int width) {
        String text = chart().render(width, ROWS, true);
        String visible = text.replaceAll("\u001b\\[[0-9;]*m", "");
        assertThat(visible.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
        assertThat(visible).contains("━━ per request").contains("▲ crossover").contains("┤");
        assertThat(visible.chars().filter(c -> c >= 0x2800 && c <= 0x28ff).count()).isPositive();
    }

    @ParameterizedTest(name = "{0} columns")
    @CsvSource({"80", "200"})
    void theLineThatStopsFittingLeavesTheRightOfThePlotEmpty(int width) {
        // "stops at 50" (symbol x) has no value above 50: it appears only left of the 50 column, give or take one.
        List<String> lines = chart().render(width, ROWS, false).lines().toList();
        int bottom = lines.indexOf(lines.stream().filter(l -> l.contains("+---")).findFirst().orElseThrow());
        int axis = lines.get(bottom).indexOf('+');
        int plotWidth = width - axis - 1;
        int fifty = axis + 1 + (int) Math.round(Math.log(50 / 0.1) / Math.log(1000 / 0.1) * (plotWidth - 1));
        List<String> rows = lines.subList(1, bottom);
        assertThat(rows).anySatisfy(row -> assertThat(row.indexOf('x', axis)).isBetween(axis + 1, fifty + 1));
        assertThat(rows).allSatisfy(row -> assertThat(row.lastIndexOf('x')).isLessThanOrEqualTo(fifty + 1));
    }
}
