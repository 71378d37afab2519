package dev.costfit.pricing.update;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The progress of a refresh as one line on stderr, rewritten in place; silent unless stderr is a terminal and no CI
 * variable is set, so that logs and pipes get only the outcome.
 */
public final class StatusLine implements Progress {

    private final PrintWriter err;
    private final boolean enabled;
    private int queries;
    private String current = "";
    private int number;
    private int width;

    public StatusLine(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Whether this process's stderr is an interactive terminal outside CI. */
    public static boolean wanted() {
        if (System.getenv("CI") != null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            // Linux names the terminal behind each descriptor; elsewhere fall back to "a console is attached".
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
            return target.toString().startsWith("/dev/pts/") || target.toString().startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public void begin(int queries) {
        this.queries = queries;
    }

    @Override
    public void step(String what, int number) {
        this.current = what;
        this.number = number;
        show(0);
    }

    @Override
    public void page(int pagesSoFar) {
        show(pagesSoFar);
    }

    @Override
    public void end() {
        if (enabled && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }

    private void show(int pages) {
        if (!enabled) {
            return;
        }
        String line = "costfit: refreshing prices, " + number + "/" + queries + " queries"
                + (pages > 0 ? ", " + pages + " pages" : "") + " · " + current;
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = Math.max(width, line.length());
    }
}
