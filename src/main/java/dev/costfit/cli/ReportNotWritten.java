package dev.costfit.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A file costfit made (a report, a refreshed catalog) could not be written: which, and the system's reason. */
final class ReportNotWritten extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ReportNotWritten(Path target, String reason) {
        super("cannot write " + target + ": " + reason + "; nothing was written there");
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
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
