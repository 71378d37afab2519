package dev.costfit.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A file costfit made (a report, a refreshed catalog) could not be written: which, and the system's reason. */
final class ReportNotWritten extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What a failed write left at its target: nothing (a temp file, or nothing opened)... */
    static final String NOTHING_WRITTEN = "nothing was written there";
    /** ...or the start of it (a pipe or device written in place, standard output). */
    static final String CUT_SHORT = "what was written there is cut short";

    ReportNotWritten(Path target, String reason) {
        this(target.toString(), reason, NOTHING_WRITTEN);
    }

    ReportNotWritten(Path target, String reason, String left) {
        this(target.toString(), reason, left);
    }

    private ReportNotWritten(String target, String reason, String left) {
        super("cannot write " + target + ": " + reason + "; " + left);
    }

    /** Standard output failed (not a reader that stopped reading: that ends a run quietly). */
    static ReportNotWritten standardOutput(IOException e) {
        return new ReportNotWritten("to standard output", reason(e), "the output is incomplete");
    }

    /** The reason in words: "permission denied", "no such folder", or what the file system said. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        // The system's words (strerror: "No space left on device", "Bad file descriptor"), in the case of the rest.
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.length() > 1 && Character.isLowerCase(message.charAt(1))
                ? Character.toLowerCase(message.charAt(0)) + message.substring(1) : message;
    }
}
