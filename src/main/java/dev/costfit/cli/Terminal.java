package dev.costfit.cli;

import dev.costfit.report.Style;
import java.io.IOException;
import org.jline.terminal.TerminalBuilder;

/**
 * Width, colour and character set of the output: the terminal's when writing to one; for pipes, COLUMNS if set,
 * else a fixed width, no colour and plain ASCII charts.
 */
record Terminal(int width, Style style, boolean unicode) {

    /** Width used for pipes and files, wide enough that most tables do not wrap. */
    static final int DEFAULT_WIDTH = 120;
    private static final int MIN_WIDTH = 40;

    static Terminal detect(boolean toFile) {
        boolean interactive = !toFile && System.console() != null;
        boolean color = colour(interactive, System.getenv("NO_COLOR"), System.getenv("TERM"));
        String columns = System.getenv("COLUMNS");
        int width = !toFile && columns != null && columns.matches("\\d{2,4}")
                ? Math.max(MIN_WIDTH, Integer.parseInt(columns)) : interactive ? terminalWidth() : DEFAULT_WIDTH;
        return new Terminal(width, new Style(color), interactive && utf8Locale());
    }

    /** No width at all: each row of a table on one line. */
    static final int UNLIMITED = Integer.MAX_VALUE / 4;

    /**
     * The width a table of catalog rows (`pricing show`, `pricing diff`) is fitted to: the terminal's, or COLUMNS,
     * where someone reads a screen; none in a pipe or a file, where each row is best kept on one line for grep,
     * cut or a pager (fitted to 120 columns, `pricing show | less` wrapped every source ten characters wide).
     */
    static int tableWidth(boolean toFile) {
        String columns = System.getenv("COLUMNS");
        if (!toFile && columns != null && columns.matches("\\d{2,4}")) {
            return Math.max(MIN_WIDTH, Integer.parseInt(columns));
        }
        return !toFile && System.console() != null ? terminalWidth() : UNLIMITED;
    }

    /**
     * Whether to colour: on a terminal, unless NO_COLOR is set to a value ("when present and not an empty string",
     * https://no-color.org; `NO_COLOR=` with nothing after it leaves colour on) or the terminal is dumb.
     */
    static boolean colour(boolean interactive, String noColor, String term) {
        return interactive && (noColor == null || noColor.isEmpty()) && !"dumb".equals(term);
    }

    /** Whether charts may use Unicode (Braille dots, box lines) and colour: both, or plain ASCII symbols. */
    boolean fancyCharts() {
        return unicode && style.color();
    }

    /** The locale's character set as the C library reads it: the first of LC_ALL, LC_CTYPE, LANG that is set. */
    private static boolean utf8Locale() {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = System.getenv(name);
            if (value != null && !value.isEmpty()) {
                return value.toUpperCase(java.util.Locale.ROOT).replace("-", "").contains("UTF8");
            }
        }
        return false;
    }

    private static int terminalWidth() {
        try (org.jline.terminal.Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            int width = terminal.getWidth();
            return width >= MIN_WIDTH ? width : DEFAULT_WIDTH;
        } catch (IOException | RuntimeException e) {
            return DEFAULT_WIDTH;
        }
    }
}
