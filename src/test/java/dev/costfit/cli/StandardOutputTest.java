package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A write to standard output that fails is an error (exit 2, the system's reason on stderr), not a report that
 * silently never arrived (exit 0, as `costfit recommend x.yaml > /dev/full` did); a reader that stops reading
 * (`| head`) still ends the run quietly.
 */
class StandardOutputTest {

    /** A stream that takes {@code accepted} bytes, then fails every write as the system would. */
    private static final class Failing extends OutputStream {
        private final String reason;
        private int accepted;

        Failing(String reason, int accepted) {
            this.reason = reason;
            this.accepted = accepted;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > accepted) {
                throw new IOException(reason);
            }
            accepted -= len;
        }
    }

    private static CliRun run(OutputStream stdout, String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(args, StandardOutput.of(stdout), new PrintWriter(err, true));
        return new CliRun(code, "", err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"recommend profiles/chat-api.yaml", "recommend profiles/chat-api.yaml --format json",
        "check profiles/chat-api.yaml --format jsonl", "schema", "completion bash", "pricing show --key lambda.",
        "breakeven profiles/chat-api.yaml --vary rate --points 2 --format json", "--help"})
    void aFullDiskIsAnErrorNamedOnStderr(String command) {
        // ENOSPC after the first 100 bytes, as /dev/full or a full disk behind `>` answers: the output is cut.
        CliRun run = run(new Failing("No space left on device", 100), command.split(" "));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("costfit: cannot write to standard output: no space left on device; the "
                + "output is incomplete" + System.lineSeparator());
    }

    @Test
    void aClosedDescriptorIsAnErrorToo() {
        CliRun run = run(new Failing("Bad file descriptor", 0), "recommend", "profiles/chat-api.yaml");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("cannot write to standard output: bad file descriptor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"recommend profiles/ --format jsonl", "recommend profiles/chat-api.yaml", "schema"})
    void aReaderThatStoppedReadingEndsTheRunQuietly(String command) {
        CliRun run = run(new Failing("Broken pipe", 100), command.split(" "));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aPolicyTrippedAndAFailedWriteIsTheWriteThatIsReported() {
        // The report the policy was to be read in never arrived: that is what needs fixing first.
        CliRun run = run(new Failing("No space left on device", 0), "recommend", "profiles/gpu-inference.yaml",
                "--fail-on", "over-budget", "--budget", "1");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("over-budget").contains("cannot write to standard output");
    }

    @Test
    void aRealPipeClosedByItsReaderEndsQuietlyWithExitZero() throws Exception {
        Process process = costfit(List.of("recommend", "profiles/", "--format", "jsonl"), false);
        // The reader goes before costfit writes a byte (a JVM takes far longer to start): every write is EPIPE.
        process.getInputStream().close();
        String err = finish(process);
        assertThat(process.exitValue()).isEqualTo(ExitCodes.OK);
        assertThat(err).isEmpty();
    }

    @Test
    void aClosedStandardOutputIsExitTwoWithTheReason() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh here");
        // `costfit schema >&-`: the descriptor is closed before costfit starts.
        Process process = costfit(List.of("schema"), true);
        String err = finish(process);
        assertThat(process.exitValue()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains("costfit: cannot write to standard output: ");
    }

    /** costfit in a JVM of its own; with {@code closed}, through sh with its standard output closed. */
    private static Process costfit(List<String> args, boolean closed) throws IOException {
        List<String> java = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        java.addAll(args);
        if (!closed) {
            return new ProcessBuilder(java).start();
        }
        List<String> sh = new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$@\" >&-", "sh"));
        sh.addAll(java);
        return new ProcessBuilder(sh).start();
    }

    private static String finish(Process process) throws Exception {
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("costfit did not finish in 120 s");
        }
        return err;
    }
}
