package dev.costfit.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Goldens that can fail: a moved point, a lost label, a changed line of text; and regenerating never passes. */
class GoldenTest {

    private static final String HOW = "test";

    /** Two lines over a plot; {@code shift} and {@code scale} move and stretch everything as other fonts would. */
    private static String chart(double shift, double scale, double thirdY, String label) {
        return "<svg id='c' xmlns='http://www.w3.org/2000/svg'><defs><clipPath id='k'><path d='M0,0L9,9Z'/>"
                + "</clipPath></defs>"
                + "<g style='stroke:rgb(1,2,3);fill:none'><path d='M" + x(0, shift, scale) + ",100L"
                + x(50, shift, scale) + ",60L" + x(100, shift, scale) + "," + thirdY + "'/></g>"
                + "<g style='stroke:rgb(4,5,6);stroke-dasharray:6,3;fill:none'><path d='M" + x(0, shift, scale)
                + ",10L" + x(50, shift, scale) + ",40L" + x(100, shift, scale) + ",90'/></g>"
                + "<g style='stroke:rgb(1,2,3)'><path d='M" + (3 + shift) + ",120L" + (17 + shift) + ",120'/></g>"
                + "<text x='" + (20 + shift) + "' y='125'>" + label + "</text></svg>";
    }

    private static double x(double at, double shift, double scale) {
        return shift + at * scale;
    }

    @Test
    void theSameChartDrawnWithOtherFontMetricsPasses(@TempDir Path dir) throws IOException {
        Path golden = write(dir, "c.svg", chart(0, 1, 20, "AWS Lambda"));
        // Wider axis labels push the plot right and narrow it; the text moves too.
        assertThatCode(() -> Golden.check(golden, chart(14.5, 0.93, 20, "AWS Lambda"), HOW, false))
                .doesNotThrowAnyException();
    }

    @Test
    void aMovedPointFails(@TempDir Path dir) throws IOException {
        Path golden = write(dir, "c.svg", chart(0, 1, 20, "AWS Lambda"));
        assertThatThrownBy(() -> Golden.check(golden, chart(0, 1, 25, "AWS Lambda"), HOW, false))
                .hasMessageContaining("line 1 (rgb(1,2,3)), point 3: y");
    }

    @Test
    void aChangedLabelFails(@TempDir Path dir) throws IOException {
        Path golden = write(dir, "c.svg", chart(0, 1, 20, "AWS Lambda"));
        assertThatThrownBy(() -> Golden.check(golden, chart(0, 1, 20, "AWS Fargate"), HOW, false))
                .hasMessageContaining("labels [AWS Lambda] became [AWS Fargate]");
    }

    @Test
    void aLostDashPatternFails(@TempDir Path dir) throws IOException {
        Path golden = write(dir, "c.svg", chart(0, 1, 20, "x"));
        String solid = chart(0, 1, 20, "x").replace("stroke-dasharray:6,3;", "");
        assertThatThrownBy(() -> Golden.check(golden, solid, HOW, false)).hasMessageContaining("line 2 drawn");
    }

    @Test
    void htmlTextIsComparedLineByLineAndItsChartsByStructure(@TempDir Path dir) throws IOException {
        String page = "<h1>chat-api</h1>\n<p>$787.62 a month</p>\n" + chart(0, 1, 20, "x") + "\n<p>end</p>\n";
        Path golden = write(dir, "r.html", page);
        assertThatCode(() -> Golden.check(golden, page.replace(chart(0, 1, 20, "x"), chart(3, 0.9, 20, "x")), HOW,
                false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Golden.check(golden, page.replace("$787.62", "$787.63"), HOW, false))
                .hasMessageContaining("-<p>$787.62 a month</p>").hasMessageContaining("+<p>$787.63 a month</p>");
        assertThatThrownBy(() -> Golden.check(golden, page.replace(chart(0, 1, 20, "x"), chart(0, 1, 30, "x")),
                HOW, false)).hasMessageContaining("chart 1 (c) differs");
    }

    @Test
    void regeneratingWritesTheFileAndStillFails(@TempDir Path dir) throws IOException {
        Path golden = write(dir, "r.txt", "old\n");
        assertThatThrownBy(() -> Golden.check(golden, "new\n", HOW, true))
                .hasMessageContaining("regenerate mode never passes").hasMessageContaining("changed");
        assertThat(Files.readString(golden)).isEqualTo("new\n");
        assertThatThrownBy(() -> Golden.check(golden, "new\n", HOW, true)).hasMessageContaining("unchanged");
    }

    @Test
    void aMissingGoldenFailsWithHowToCreateIt(@TempDir Path dir) {
        assertThatThrownBy(() -> Golden.check(dir.resolve("none.txt"), "x", HOW, false))
                .hasMessageContaining("does not exist");
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
