package dev.costfit.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see the old content or the new, never half of it: a temp file, then a rename.
 * A rename replaces a name, not what the name leads to, so two kinds of target are written otherwise:
 * <ul>
 * <li>a symbolic link to a file: the temp file is renamed over the file the link leads to, and the link stays;</li>
 * <li>what is not a file (a named pipe, a device such as /dev/null or a terminal, a descriptor named as /dev/stdout
 *     or /dev/fd/N): written in place, as a shell's {@code >>} would, since a rename would put a file where the
 *     pipe or device was, and a reader waiting on the pipe would wait for ever.</li>
 * </ul>
 * A folder is refused.
 */
public final class AtomicFile {

    /**
     * Most links followed to find the file, as Linux's own limit (MAXSYMLINKS, 40): more is a loop.
     * https://man7.org/linux/man-pages/man7/path_resolution.7.html
     */
    private static final int MOST_LINKS = 40;

    /** A folder of open descriptors: /proc/PID/fd, /proc/PID/task/TID/fd (what /dev/fd and /dev/stdout lead to). */
    private static final Pattern DESCRIPTORS = Pattern.compile("/proc/[^/]+(/task/[^/]+)?/fd");

    /**
     * Temp files made and neither committed nor closed yet. Ctrl-C (SIGINT) or a CI job's cancel (SIGTERM) ends the
     * JVM without closing them, and a portfolio's json left an 11.7 MB hidden file next to --out; the JVM runs its
     * shutdown hooks on those signals, and {@link Leftovers}' hook deletes them there. SIGKILL runs no hook: nothing
     * can be done for it. The target is never touched: a rename that has not happened leaves it as it was.
     */
    private static final java.util.Set<Path> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static final class Leftovers {
        /** Registered with the first temp file (a run that writes none starts no hook thread). */
        static final boolean REGISTERED = register();

        private static boolean register() {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(AtomicFile::deleteLeftovers, "costfit-temp-files"));
                return true;
            } catch (IllegalStateException shuttingDown) {
                return false;
            }
        }
    }

    /** What the shutdown hook does: delete each temp file still open (its channel may be open; Unix allows it). */
    static void deleteLeftovers() {
        for (Path temp : OPEN) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException ignored) {
                // the JVM is ending; what cannot be deleted now cannot be reported either
            }
            OPEN.remove(temp);
        }
    }

    /** The temp files a run has open now (for tests). */
    static java.util.Set<Path> openTempFiles() {
        return java.util.Set.copyOf(OPEN);
    }

    private AtomicFile() {
    }

    /** Temp files are private (0600); the report is not: keep the target's permissions, or the usual 0644. */
    private static void readableLikeANewFile(Path temp, Path target) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    public static void write(Path target, String content) {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) {
        try (Stream stream = open(target)) {
            stream.write(content);
            stream.commit();
        }
    }

    /**
     * A file written piece by piece that appears whole, at {@link Stream#commit()}, or not at all; a pipe, device or
     * descriptor is written as the pieces come.
     */
    public static Stream open(Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new ReportNotWritten(target, "it is a folder");
        }
        try {
            if (descriptor(absolute) || Files.exists(absolute) && !Files.isRegularFile(absolute)) {
                // No CREATE: what is written in place exists already; APPEND: a descriptor onto a file the shell
                // opened with >> keeps what it held (with > it was emptied already).
                return new Stream(target, null, null, FileChannel.open(absolute, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND));
            }
        } catch (IOException e) {
            throw new ReportNotWritten(target, ReportNotWritten.reason(e), ReportNotWritten.NOTHING_WRITTEN);
        }
        Path file = linkedFile(target, absolute);
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ReportNotWritten(target, "the folder " + dir + " does not exist");
        }
        try {
            boolean hooked = Leftovers.REGISTERED;
            Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            if (hooked) {
                OPEN.add(temp);
            }
            try {
                readableLikeANewFile(temp, file);
                return new Stream(target, file, temp, FileChannel.open(temp, StandardOpenOption.WRITE));
            } catch (IOException e) {
                Files.deleteIfExists(temp);
                OPEN.remove(temp);
                throw e;
            }
        } catch (IOException e) {
            throw new ReportNotWritten(target, ReportNotWritten.reason(e));
        }
    }

    /**
     * Whether the path is, or leads through links to, an entry of a folder of open descriptors (/dev/stdout,
     * /dev/fd/1, /proc/self/fd/1): what it names is whatever the descriptor is open on, a file included, and
     * renaming a file there would fail or replace the link.
     */
    private static boolean descriptor(Path absolute) throws IOException {
        Path path = absolute;
        for (int links = 0; links <= MOST_LINKS; links++) {
            Path dir = path.getParent();
            if (dir != null && Files.isDirectory(dir)
                    && DESCRIPTORS.matcher(dir.toRealPath().toString()).matches()) {
                return true;
            }
            if (!Files.isSymbolicLink(path)) {
                return false;
            }
            path = dir.resolve(Files.readSymbolicLink(path));
        }
        return false;
    }

    /** The file a chain of symbolic links leads to (existing or not), or the path itself when it is no link. */
    private static Path linkedFile(Path target, Path absolute) {
        Path path = absolute;
        try {
            for (int links = 0; Files.isSymbolicLink(path); links++) {
                if (links == MOST_LINKS) {
                    throw new ReportNotWritten(target, "too many levels of symbolic links (a loop?)");
                }
                path = path.getParent().resolve(Files.readSymbolicLink(path));
            }
        } catch (IOException e) {
            throw new ReportNotWritten(target, ReportNotWritten.reason(e));
        }
        return path;
    }

    /** The temp file being written, or the pipe or device written in place; closing it without a commit deletes it. */
    public static final class Stream implements AutoCloseable {

        private final Path target;
        /** The file the temp file replaces at commit; null when written in place. */
        private final Path file;
        private final Path temp;
        private final FileChannel channel;
        private boolean written;
        private boolean done;

        private Stream(Path target, Path file, Path temp, FileChannel channel) {
            this.target = target;
            this.file = file;
            this.temp = temp;
            this.channel = channel;
        }

        public void write(String text) {
            write(text.getBytes(StandardCharsets.UTF_8));
        }

        public void write(byte[] bytes) {
            try {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    written |= channel.write(buffer) > 0;
                }
            } catch (IOException e) {
                throw failed(e);
            }
        }

        /**
         * The temp file the bytes written so far are in, for a caller that reads them back before {@link #commit()}
         * puts them in place; empty when the target is written in place (a pipe, a device, a descriptor).
         */
        public java.util.Optional<Path> staged() {
            return java.util.Optional.ofNullable(temp);
        }

        /** Puts the file in place: its bytes reach the disk before the rename does, or a crash leaves it empty. */
        public void commit() {
            try {
                if (temp == null) {
                    channel.close();
                    done = true;
                    return;
                }
                channel.force(true);
                channel.close();
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
                OPEN.remove(temp);
                done = true;
            } catch (IOException e) {
                throw failed(e);
            }
        }

        /** A write that failed: on a temp file nothing reached the target; in place, part may have. */
        private ReportNotWritten failed(IOException e) {
            return new ReportNotWritten(target, ReportNotWritten.reason(e), temp == null && written
                    ? ReportNotWritten.CUT_SHORT : ReportNotWritten.NOTHING_WRITTEN);
        }

        @Override
        public void close() {
            if (done) {
                return;
            }
            try {
                channel.close();
                if (temp != null) {
                    Files.deleteIfExists(temp);
                    OPEN.remove(temp);
                }
            } catch (IOException ignored) {
                // the write already failed; that is the error to report
            }
        }
    }
}
