package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.costfit.testing.NamedPipes;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What --out does to what its name leads to: a file is replaced whole (temp file, then rename); through a symbolic
 * link the file the link leads to is, and the link stays; a named pipe or a descriptor is written in place, never
 * replaced by a file.
 */
class AtomicFileTest {

    @Test
    void aFileIsReplacedWholeAndNoTempFileIsLeft(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.txt");
        Files.writeString(report, "old report, longer than the new one\n");
        AtomicFile.write(report, "new\n");
        assertThat(Files.readString(report)).isEqualTo("new\n");
        assertThat(names(dir)).containsExactly("report.txt");
    }

    @Test
    void throughASymbolicLinkTheLinkedFileIsReplacedAndTheLinkStays(@TempDir Path dir) throws Exception {
        Path real = dir.resolve("real.txt");
        Files.writeString(real, "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("report.txt"), Path.of("real.txt"));
        Path linkToLink = Files.createSymbolicLink(dir.resolve("latest.txt"), Path.of("report.txt"));
        AtomicFile.write(linkToLink, "new\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isSymbolicLink(linkToLink)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real.txt"));
        assertThat(Files.readString(real)).isEqualTo("new\n");
        // The temp file was made beside the linked file and renamed onto it: nothing else is left.
        assertThat(names(dir)).containsExactlyInAnyOrder("latest.txt", "real.txt", "report.txt");
    }

    @Test
    void aLinkToAFileNotYetWrittenMakesThatFile(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("reports"));
        Path link = Files.createSymbolicLink(dir.resolve("report.txt"), Path.of("reports/today.txt"));
        AtomicFile.write(link, "new\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("reports/today.txt"))).isEqualTo("new\n");
    }

    @Test
    void aLoopOfLinksAndAFolderAreRefusedAndLeftAsTheyWere(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.txt");
        Files.createSymbolicLink(a, Path.of("b.txt"));
        Files.createSymbolicLink(dir.resolve("b.txt"), Path.of("a.txt"));
        assertThatThrownBy(() -> AtomicFile.write(a, "x")).isInstanceOf(ReportNotWritten.class)
                .hasMessageContaining("too many levels of symbolic links");
        Path folder = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> AtomicFile.write(folder, "x")).isInstanceOf(ReportNotWritten.class)
                .hasMessage("cannot write " + folder + ": it is a folder; nothing was written there");
        assertThat(Files.isDirectory(folder)).isTrue();
        assertThat(Files.isSymbolicLink(a)).isTrue();
    }

    @Test
    void aNamedPipeIsWrittenInPlaceForItsReaderAndStaysAPipe(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("report.fifo");
        assumeTrue(NamedPipes.make(fifo), "mkfifo is not available here");
        // The reader opens the pipe and waits for a writer, as `cat report.fifo` would. Before, the report was
        // renamed over the pipe: the reader waited for ever and the pipe was gone.
        CompletableFuture<byte[]> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                read.complete(in.readAllBytes());
            } catch (Exception e) {
                read.completeExceptionally(e);
            }
        }, "fifo-reader");
        reader.setDaemon(true);
        reader.start();
        AtomicFile.write(fifo, "report\n");
        assertThat(new String(read.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8)).isEqualTo("report\n");
        BasicFileAttributes node = Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        assertThat(node.isOther()).as("still a named pipe").isTrue();
        assertThat(names(dir)).containsExactly("report.fifo");
    }

    @Test
    void aDescriptorIsWrittenWhereItIsOpenAndAppendsAsTheShellsAppendWould(@TempDir Path dir) throws Exception {
        // /dev/stdout and /dev/fd/N lead to /proc/self/fd/N: a descriptor onto a file (here one this test opened,
        // as a shell's `>> log.txt` would). Before, the temp file was made in /proc/self/fd: "no such file".
        Path fdFolder = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(fdFolder), "no /proc/self/fd here");
        Path log = dir.resolve("log.txt");
        Files.writeString(log, "earlier line\n");
        try (java.io.FileOutputStream open = new java.io.FileOutputStream(log.toFile(), true)) {
            Path descriptor = descriptorOf(fdFolder, log);
            AtomicFile.write(descriptor, "report\n");
            assertThat(Files.readString(log)).isEqualTo("earlier line\nreport\n");
            assertThat(Files.isSymbolicLink(descriptor)).isTrue();
        }
        assertThat(names(dir)).containsExactly("log.txt");
    }

    private static Path descriptorOf(Path fdFolder, Path file) throws Exception {
        try (Stream<Path> entries = Files.list(fdFolder)) {
            for (Path entry : entries.toList()) {
                try {
                    if (Files.readSymbolicLink(entry).equals(file.toRealPath())) {
                        return entry;
                    }
                } catch (java.io.IOException gone) {
                    // the descriptor Files.list itself had open is closed by now
                }
            }
        }
        throw new AssertionError("no descriptor open on " + file);
    }

    private static java.util.List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
