package dev.costfit.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Standard output as costfit writes it: UTF-8, flushed by line, and, unlike a bare PrintWriter, which keeps only
 * that a write failed ({@link #checkError()}), why it failed. A reader that stopped reading (`| head`: a broken pipe)
 * ends a run quietly; any other failure (a full disk, a closed descriptor) is an error the run must report, or a
 * report that never arrived would exit 0.
 */
public final class StandardOutput extends PrintWriter {

    private final Watched watched;

    private StandardOutput(Watched watched) {
        super(new OutputStreamWriter(watched, StandardCharsets.UTF_8), true);
        this.watched = watched;
    }

    /** Writes to {@code out} (the process's descriptor 1, or a test's stream). */
    public static StandardOutput of(OutputStream out) {
        return new StandardOutput(new Watched(out));
    }

    /** Bytes as they are (a png), after the text written so far; a failure is kept as a text write's is. */
    void writeBytes(byte[] bytes) {
        flush();
        try {
            watched.write(bytes, 0, bytes.length);
            watched.flush();
        } catch (IOException e) {
            // kept by Watched: exitCode reports it, or ends quietly where the reader stopped reading
        }
    }

    /** The first write that failed, if one did. */
    Optional<IOException> failure() {
        flush();
        return Optional.ofNullable(watched.failure);
    }

    /** Whether a failed write only found its reader gone: a pipe whose far end was closed. */
    static boolean readerGone(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        // EPIPE as Linux and macOS word it ("Broken pipe"); Windows: "The pipe is being closed" / "has been ended".
        return message.contains("broken pipe") || message.contains("pipe is being closed")
                || message.contains("pipe has been ended");
    }

    /**
     * How a run ends once standard output has failed: quietly with its own code where the reader stopped reading, or
     * with the reason on stderr and exit 2 (as any file costfit cannot write, {@link ReportNotWritten}) otherwise.
     * An internal error keeps its code 1, and its message said more than this would.
     */
    static int exitCode(int code, PrintWriter out, PrintWriter err) {
        if (!(out instanceof StandardOutput standard) || code == ExitCodes.INTERNAL_ERROR) {
            return code;
        }
        Optional<IOException> failure = standard.failure();
        if (failure.isEmpty() || readerGone(failure.get())) {
            return code;
        }
        err.println("costfit: " + ReportNotWritten.standardOutput(failure.get()).getMessage());
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /** Keeps the first failure, which PrintWriter swallows (it sets its error flag alone). */
    private static final class Watched extends FilterOutputStream {

        private IOException failure;

        Watched(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw kept(e);
            }
        }

        private IOException kept(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
