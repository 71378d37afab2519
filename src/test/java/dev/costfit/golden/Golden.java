package dev.costfit.golden;

import static org.assertj.core.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A golden file: what costfit wrote before, compared with what it writes now. Charts (SVG, alone or inline in
 * HTML) are compared by structure ({@link SvgStructure}: their labels, lines and points, independent of the font
 * metrics of the machine), everything else byte for byte. A mismatch shows a unified diff of what moved.
 *
 * <p>With {@code -Dcostfit.regenerate=true} the golden is rewritten and the check then fails anyway, so a run in
 * regenerate mode can never pass: review {@code git diff}, and say in the commit why the figures moved.
 */
public final class Golden {

    public static final String REGENERATE = "costfit.regenerate";
    private static final Pattern SVG = Pattern.compile("(?s)<svg\\b.*?</svg>");
    private static final int DIFF_LINES = 80;

    private Golden() {
    }

    /** @param how the command that regenerates it, for the failure message */
    public static void check(Path golden, String actual, String how) throws IOException {
        check(golden, actual, how, Boolean.getBoolean(REGENERATE));
    }

    static void check(Path golden, String actual, String how, boolean regenerate) throws IOException {
        if (regenerate) {
            Files.createDirectories(golden.toAbsolutePath().getParent());
            boolean changed = !Files.exists(golden)
                    || !Files.readString(golden, StandardCharsets.UTF_8).equals(actual);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            fail("regenerated %s (%s): review git diff, check every figure that moved, commit it with the reason, "
                    + "and run the tests again without -D%s; regenerate mode never passes", golden,
                    changed ? "changed" : "unchanged", REGENERATE);
        }
        if (!Files.exists(golden)) {
            fail("%s does not exist: create it with %s -D%s=true", golden, how, REGENERATE);
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        String name = golden.getFileName().toString();
        if (name.endsWith(".svg")) {
            compareCharts(golden, List.of(expected), List.of(actual), how);
            return;
        }
        List<String> expectedCharts = charts(expected);
        List<String> actualCharts = charts(actual);
        String expectedText = SVG.matcher(expected).replaceAll("<svg (chart compared by structure)/>");
        String actualText = SVG.matcher(actual).replaceAll("<svg (chart compared by structure)/>");
        if (!expectedText.equals(actualText)) {
            fail("%s is stale (regenerate with %s -D%s=true if the change is meant):%n%s", golden, how, REGENERATE,
                    unifiedDiff(golden.toString(), expectedText, actualText));
        }
        compareCharts(golden, expectedCharts, actualCharts, how);
    }

    private static void compareCharts(Path golden, List<String> expected, List<String> actual, String how) {
        if (expected.size() != actual.size()) {
            fail("%s: %d charts expected, %d drawn", golden, expected.size(), actual.size());
        }
        for (int i = 0; i < expected.size(); i++) {
            SvgStructure before = SvgStructure.parse(expected.get(i));
            SvgStructure after = SvgStructure.parse(actual.get(i));
            String difference = before.difference(after);
            if (!difference.isEmpty()) {
                fail("%s: chart %d (%s) differs: %s%n(regenerate with %s -D%s=true if the change is meant)",
                        golden, i + 1, before.id(), difference, how, REGENERATE);
            }
        }
    }

    private static List<String> charts(String text) {
        List<String> charts = new ArrayList<>();
        Matcher m = SVG.matcher(text);
        while (m.find()) {
            charts.add(m.group());
        }
        return charts;
    }

    /** The first {@value #DIFF_LINES} lines of a unified diff, 2 lines of context. */
    static String unifiedDiff(String name, String expected, String actual) {
        List<String> before = expected.lines().toList();
        List<String> after = actual.lines().toList();
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(name + " (golden)", name + " (now)", before,
                DiffUtils.diff(before, after), 2);
        String shown = String.join("\n", diff.subList(0, Math.min(diff.size(), DIFF_LINES)));
        return diff.size() > DIFF_LINES ? shown + "\n… (" + (diff.size() - DIFF_LINES) + " more diff lines)" : shown;
    }
}
