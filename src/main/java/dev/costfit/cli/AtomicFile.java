package dev.costfit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file so that readers see the old content or the new, never half of it: a temp file, then a rename. */
public final class AtomicFile {

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

    /** A file written piece by piece that appears whole, at {@link Stream#commit()}, or not at all. */
    public static Stream open(Path target) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ReportNotWritten(target, "the folder " + dir + " does not exist");
        }
        try {
            Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            try {
                readableLikeANewFile(temp, absolute);
                return new Stream(target, absolute, temp, java.nio.channels.FileChannel.open(temp,
                        java.nio.file.StandardOpenOption.WRITE));
            } catch (IOException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        } catch (IOException e) {
            throw new ReportNotWritten(target, ReportNotWritten.reason(e));
        }
    }

    /** The temp file being written; closing it without a commit deletes it. */
    public static final class Stream implements AutoCloseable {

        private final Path target;
        private final Path absolute;
        private final Path temp;
        private final java.nio.channels.FileChannel channel;
        private boolean done;

        private Stream(Path target, Path absolute, Path temp, java.nio.channels.FileChannel channel) {
            this.target = target;
            this.absolute = absolute;
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
                    channel.write(buffer);
                }
            } catch (IOException e) {
                throw new ReportNotWritten(target, ReportNotWritten.reason(e));
            }
        }

        /** Puts the file in place: its bytes reach the disk before the rename does, or a crash leaves it empty. */
        public void commit() {
            try {
                channel.force(true);
                channel.close();
                try {
                    Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
                done = true;
            } catch (IOException e) {
                throw new ReportNotWritten(target, ReportNotWritten.reason(e));
            }
        }

        @Override
        public void close() {
            if (done) {
                return;
            }
            try {
                channel.close();
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the write already failed; that is the error to report
            }
        }
    }
}
