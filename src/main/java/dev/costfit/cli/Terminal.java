package dev.costfit.cli;

import dev.costfit.report.Style;
import java.io.IOException;
import org.jline.terminal.TerminalBuilder;

/** Width and colour of the output: the terminal's when writing to one, fixed values for pipes and files. */
record Terminal(int width, Style style) {

    /** Width used for pipes and files, wide enough that most tables do not wrap. */
    static final int DEFAULT_WIDTH = 120;
    private static final int MIN_WIDTH = 40;

    static Terminal detect(boolean toFile) {
        boolean interactive = !toFile && System.console() != null;
        boolean color = interactive && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
        return new Terminal(interactive ? terminalWidth() : DEFAULT_WIDTH, new Style(color));
    }

    private static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            return Math.max(MIN_WIDTH, Integer.parseInt(columns));
        }
        try (org.jline.terminal.Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            int width = terminal.getWidth();
            return width >= MIN_WIDTH ? width : DEFAULT_WIDTH;
        } catch (IOException | RuntimeException e) {
            return DEFAULT_WIDTH;
        }
    }
}
